import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { CourseAssetRepository } from '@lentera/db';
import { JobQueue } from '@lentera/jobs';
import { officeExtensions } from './soffice-arguments';

/** Per start; more wait for the next one (a backlog that size means something else is wrong). */
const REQUEUE_LIMIT = 500;

/**
 * When the worker starts, queues the preview of every office document still waiting for one:
 * an upload made while Redis was down (the API could not queue it), or one from before
 * previews existed. Jobs already queued are not added twice (their id is the asset's).
 */
@Injectable()
export class PendingPreviewRequeue implements OnApplicationBootstrap {
  private readonly logger = new Logger(PendingPreviewRequeue.name);

  constructor(
    private readonly assets: CourseAssetRepository,
    private readonly jobs: JobQueue,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    try {
      const waiting = await this.assets.findAwaitingPreview(Object.keys(officeExtensions), REQUEUE_LIMIT);
      for (const asset of waiting) {
        if (!asset.preview) await this.assets.setPreview(asset.id, { status: 'pending' });
        await this.jobs.enqueue('document.preview', { assetId: asset.id });
      }
      if (waiting.length > 0) this.logger.log({ count: waiting.length }, 'queued the document previews still waiting');
    } catch (error) {
      // Never a reason not to start: the next start tries again.
      this.logger.warn({ err: error }, 'could not queue the document previews still waiting');
    }
  }
}
