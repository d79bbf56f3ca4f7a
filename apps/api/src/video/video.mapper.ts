import type { CourseAssetRecord, VideoRecord, VideoStatus as StoredVideoStatus } from '@lentera/db';
import { bandwidthOf } from '@lentera/media';
import type { MediaUrlSigner } from '../media/media-url-signer';
import { LessonVideoModel, VideoCaptionModel, VideoModel, VideoRenditionModel, VideoStatus } from './video.model';

const statuses: Record<StoredVideoStatus, VideoStatus> = {
  uploaded: VideoStatus.UPLOADED,
  processing: VideoStatus.PROCESSING,
  ready: VideoStatus.READY,
  failed: VideoStatus.FAILED,
};

/** The signed URLs a video's files are reached by (MediaUrlSigner). */
export type MediaUrls = Pick<MediaUrlSigner, 'playlistUrl' | 'posterUrl' | 'captionUrl'>;

/** A course asset that is a video. */
export type VideoAsset = CourseAssetRecord & { video: VideoRecord };

export function isVideoAsset(asset: CourseAssetRecord | null | undefined): asset is VideoAsset {
  return asset?.kind === 'video' && asset.video !== null;
}

/** The author's view: every state, the reason of a failure; the playlist and poster once ready. */
export function toVideoModel(asset: VideoAsset, urls: MediaUrls): VideoModel {
  const { video } = asset;
  const ready = video.status === 'ready';
  return {
    id: asset.id,
    courseId: asset.courseId,
    fileName: asset.fileName,
    sizeBytes: asset.sizeBytes,
    status: statuses[video.status],
    progressPercent: video.progressPercent,
    error: video.error?.id ?? null,
    errorEn: video.error?.en ?? null,
    durationSeconds: video.durationSeconds,
    width: video.width,
    height: video.height,
    renditions: ready ? renditionsOf(video) : [],
    posterUrl: ready ? urls.posterUrl(asset.id) : null,
    playlistUrl: ready ? urls.playlistUrl(asset.id) : null,
    // Captions may be added while the video is processing; their files are served once it is ready.
    captions: captionsOf(asset, urls),
    createdAt: asset.createdAt,
    updatedAt: video.updatedAt,
  };
}

/** The learner's view: URLs only when the video is ready, never a failure's details. */
export function toLessonVideoModel(asset: VideoAsset, urls: MediaUrls): LessonVideoModel {
  const ready = asset.video.status === 'ready';
  return {
    status: statuses[asset.video.status],
    durationSeconds: asset.video.durationSeconds,
    posterUrl: ready ? urls.posterUrl(asset.id) : null,
    playlistUrl: ready ? urls.playlistUrl(asset.id) : null,
    captions: ready ? captionsOf(asset, urls) : [],
    renditions: ready ? renditionsOf(asset.video) : [],
  };
}

function renditionsOf(video: VideoRecord): VideoRenditionModel[] {
  return video.renditions.map((rendition) => ({ name: rendition.name, width: rendition.width, height: rendition.height, bandwidth: bandwidthOf(rendition) }));
}

function captionsOf(asset: VideoAsset, urls: MediaUrls): VideoCaptionModel[] {
  return asset.video.captions.map((caption) => ({ language: caption.language, label: caption.label, url: urls.captionUrl(asset.id, caption.language) }));
}
