import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { CourseAssetRepository } from '@lentera/db';
import { JobQueue } from '@lentera/jobs';

/** Per start; more wait for the next one (a backlog that size means something else is wrong). */
const REQUEUE_LIMIT = 500;

/**
 * When the worker starts, queues the transcode of every video still waiting for one: an upload
 * the API could not queue (Redis was down), or one left `processing` by a worker that died
 * when its job is no longer in Redis. A job still queued or running (a stalled one the queue
 * hands on) is not added twice: its id is the asset's.
 */
@Injectable()
export class PendingTranscodeRequeue implements OnApplicationBootstrap {
  private readonly logger = new Logger(PendingTranscodeRequeue.name);

  constructor(
    private readonly assets: CourseAssetRepository,
    private readonly jobs: JobQueue,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    try {
      const waiting = await this.assets.findAwaitingTranscode(REQUEUE_LIMIT);
      for (const asset of waiting) await this.jobs.enqueue('video.transcode', { assetId: asset.id });
      if (waiting.length > 0) this.logger.log({ count: waiting.length }, 'queued the videos still waiting to be transcoded');
    } catch (error) {
      // Never a reason not to start: the next start tries again.
      this.logger.warn({ err: error }, 'could not queue the videos still waiting to be transcoded');
    }
  }
}
