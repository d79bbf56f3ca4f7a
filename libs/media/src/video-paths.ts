/**
 * Where a video's files live, relative to DATA_DIR. These relative paths are what the database
 * stores (asset.storagePath, video.outputPath), so DATA_DIR can move without a migration.
 */
export const videoPaths = {
  /** The accepted upload, moved here from the tus folder once it is complete and probed. */
  source: (assetId: string) => `videos/${assetId}/source`,
  folder: (assetId: string) => `videos/${assetId}`,
  /** A transcode run writes here; it becomes `output` by one rename(), so readers never see half a ladder. */
  work: (assetId: string, runId: string) => `videos/${assetId}/.work-${runId}`,
  /** Published HLS: master.m3u8, poster.jpg, <rendition>/index.m3u8 and its segments. */
  output: (assetId: string, runId: string) => `videos/${assetId}/hls-${runId}`,
  caption: (assetId: string, language: string) => `videos/${assetId}/captions/${language}.vtt`,
  /** tus partial uploads (@tus/file-store); the upload id is the future asset id. */
  tusDirectory: 'uploads/tus',
};

/** BCP 47-ish caption language tags: `id`, `en`, `jv`, `en-US`. Also keeps the caption path safe. */
export const CAPTION_LANGUAGE = /^[a-z]{2,3}(-[A-Z]{2})?$/;
