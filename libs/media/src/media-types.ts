const MEDIA_TYPES: Record<string, string> = {
  '.m3u8': 'application/vnd.apple.mpegurl',
  '.ts': 'video/mp2t',
  '.m4s': 'video/iso.segment',
  '.mp4': 'video/mp4',
  '.jpg': 'image/jpeg',
  '.vtt': 'text/vtt; charset=utf-8',
};

/** The Content-Type of a file of a published video; null for anything else (not served). */
export function hlsMediaTypeOf(fileName: string): string | null {
  const dot = fileName.lastIndexOf('.');
  if (dot < 0) return null;
  return MEDIA_TYPES[fileName.slice(dot).toLowerCase()] ?? null;
}

/** Bits per second of a rendition, video plus audio, as HLS `BANDWIDTH` counts it. */
export function bandwidthOf(rendition: { videoBitrateKbps: number; audioBitrateKbps: number }): number {
  return (rendition.videoBitrateKbps + rendition.audioBitrateKbps) * 1000;
}
