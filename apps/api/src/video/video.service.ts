import { Injectable, Logger } from '@nestjs/common';
import { CourseAssetRepository } from '@lentera/db';
import { JobQueue } from '@lentera/jobs';
import type { Actor } from '../auth/actor';
import { AgencyAccess } from '../auth/agency-access';
import { Permission } from '../auth/permissions';
import { VideoFileStore } from '../media/video-file.store';
import { assertCaptionLanguage, assertVideoId, videoNotFound, videoNotRetryable } from './video.errors';
import { isVideoAsset, type VideoAsset } from './video.mapper';

/** A course's videos for their authors: reading one, retrying a failed transcode, removing a caption. */
@Injectable()
export class VideoService {
  private readonly logger = new Logger(VideoService.name);

  constructor(
    private readonly assets: CourseAssetRepository,
    private readonly access: AgencyAccess,
    private readonly jobs: JobQueue,
    private readonly files: VideoFileStore,
  ) {}

  /** NOT_FOUND when there is no such video; FORBIDDEN unless the caller authors in its agency. */
  async find(actor: Actor, videoId: string): Promise<VideoAsset> {
    assertVideoId(videoId);
    const asset = await this.assets.findById(videoId);
    if (!isVideoAsset(asset)) throw videoNotFound();
    this.access.scope(actor, Permission.AuthorCourses, asset.agencyId);
    return asset;
  }

  /**
   * A FAILED video goes back to UPLOADED and is queued again. With the queue down it stays
   * UPLOADED: the worker queues what awaits transcoding when it starts.
   */
  async retry(actor: Actor, videoId: string): Promise<VideoAsset> {
    const video = await this.find(actor, videoId);
    if (video.video.status !== 'failed' || !(await this.assets.retryVideo(video.id))) throw videoNotRetryable();
    const job = await this.jobs.enqueueIfAvailable('video.transcode', { assetId: video.id });
    const ids = { assetId: video.id, courseId: video.courseId, userId: actor.userId, jobId: job?.id ?? null };
    this.logger.log(ids, job ? 'video transcode retried' : 'video transcode retried but not queued; the worker picks it up when it starts');
    return this.find(actor, videoId);
  }

  /** Removing a caption that is not there changes nothing (a second click is not an error). */
  async removeCaption(actor: Actor, videoId: string, language: string): Promise<VideoAsset> {
    assertCaptionLanguage(language);
    await this.find(actor, videoId);
    const removed = await this.assets.removeVideoCaption(videoId, language);
    if (removed) {
      await this.files.remove(removed.storagePath);
      this.logger.log({ assetId: videoId, language, userId: actor.userId }, 'video caption removed');
    }
    return this.find(actor, videoId);
  }
}
