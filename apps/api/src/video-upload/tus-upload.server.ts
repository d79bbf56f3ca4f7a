import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { Inject, Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { FileStore } from '@tus/file-store';
import { EVENTS, Server, Upload } from '@tus/server';
import { APP_CONFIG, type AppConfig } from '@lentera/config';
import { httpErrorResponse } from '../http/http-error-response';
import { VideoFileStore } from '../media/video-file.store';
import { uploadNotFound } from './video-upload.errors';
import { VideoUploadService, type VideoUploadOwner } from './video-upload.service';

export const VIDEO_UPLOAD_PATH = '/uploads/videos';

/** Unfinished uploads are deleted a day after they started; tus-js-client then starts over. */
const UPLOAD_EXPIRY_MS = 24 * 60 * 60 * 1000;
const CLEAN_UP_INTERVAL_MS = 60 * 60 * 1000;

/**
 * @tus/file-store, plus one thing: a creation request that carried the whole video
 * (creation-with-upload) is finished, and its files moved away, inside the request; tus then
 * looks the upload up once more to decide on `Upload-Expires` and would answer 404. For that
 * one look-up the store answers "complete" from memory.
 */
class VideoTusStore extends FileStore {
  private readonly finishedAtCreation = new Map<string, number>();

  markFinishedAtCreation(uploadId: string, sizeBytes: number): void {
    this.finishedAtCreation.set(uploadId, sizeBytes);
  }

  forgetFinished(uploadId: string): void {
    this.finishedAtCreation.delete(uploadId);
  }

  override async getUpload(id: string): Promise<Upload> {
    const size = this.finishedAtCreation.get(id);
    return size === undefined ? super.getUpload(id) : new Upload({ id, size, offset: size });
  }
}

/** The express request of a tus creation, once VideoUploadController has authorised it. */
export interface AuthorisedUploadRequest extends IncomingMessage {
  lenteraVideoUpload?: VideoUploadOwner;
}

/** What tus hands its hooks: a web Request wrapping the node one (srvx). */
interface TusRequest {
  runtime?: { node?: { req: object } };
}

/**
 * The tus protocol (resumable uploads) for videos, by @tus/server on @tus/file-store in
 * `DATA_DIR/uploads/tus`. Authorization happens before a request gets here
 * (VideoUploadController); the hooks name the upload after the authorised asset id, record its
 * owner, and hand a finished upload to VideoUploadService. The in-memory locker is right for one
 * API process; several would need a shared (Redis) locker.
 */
@Injectable()
export class TusUploadServer implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(TusUploadServer.name);
  private readonly datastore: VideoTusStore;
  private readonly server: Server;
  private cleanUpTimer: NodeJS.Timeout | undefined;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    files: VideoFileStore,
    private readonly uploads: VideoUploadService,
  ) {
    this.datastore = new VideoTusStore({ directory: files.tusDirectory, expirationPeriodInMilliseconds: UPLOAD_EXPIRY_MS });
    this.server = new Server({
      path: VIDEO_UPLOAD_PATH,
      datastore: this.datastore,
      maxSize: config.video.maxUploadBytes,
      // `Location: /uploads/videos/<id>`: right behind any proxy, whatever host and scheme it answers on.
      relativeLocation: true,
      // The web app is served from the API's origin: no CORS headers at all (tus would send `*`).
      allowedOrigins: [],
      namingFunction: (request) => authorisedOwnerOf(request).assetId,
      onUploadCreate: async (request, upload) => ({ metadata: this.uploads.uploadMetadata(authorisedOwnerOf(request), upload.metadata) }),
      onUploadFinish: (request, upload) => this.finish(upload, request.method === 'POST'),
      onResponseError: (_request, error) => this.unexpected(error),
    });
    // Emitted once the response is built, after tus's last look-up of the upload.
    this.server.on(EVENTS.POST_FINISH, (_request: unknown, _response: unknown, upload: Upload) => this.datastore.forgetFinished(upload.id));
  }

  onModuleInit(): void {
    this.cleanUpTimer = setInterval(() => void this.cleanUpExpired(), CLEAN_UP_INTERVAL_MS).unref();
  }

  onModuleDestroy(): void {
    clearInterval(this.cleanUpTimer);
  }

  handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    return this.server.handle(request, response);
  }

  /** An upload's stored metadata (owner included); uploadNotFound when it is unknown, expired or finished. */
  async metadataOf(uploadId: string): Promise<Record<string, string | null> | undefined> {
    try {
      return (await this.datastore.getUpload(uploadId)).metadata;
    } catch (error) {
      if (isTusError(error) && (error.status_code === 404 || error.status_code === 410)) throw uploadNotFound();
      throw error;
    }
  }

  /** Deletes uploads left unfinished past their expiry (the periodic clean-up; public for tests). */
  async cleanUpExpired(): Promise<number> {
    try {
      const removed = await this.server.cleanUpExpiredUploads();
      if (removed > 0) this.logger.log({ removed }, 'expired video uploads removed');
      return removed;
    } catch (error) {
      this.logger.warn({ err: error }, 'could not clean up expired video uploads');
      return 0;
    }
  }

  /**
   * 204 with `X-Video-Id` once the asset exists (201, keeping `Location`, when the whole video
   * came with the creation request: tus's creation-with-upload). A refusal is answered (not thrown) so the
   * response carries JSON with its Content-Type: `{ code, message, messageEn }`, like every route.
   */
  private async finish(upload: Upload, atCreation: boolean): Promise<{ status_code: number; headers: Record<string, string>; body?: string }> {
    const path = upload.storage?.path ?? join(this.datastore.directory, upload.id);
    // Accepted or refused, the files leave the tus folder now (see VideoTusStore).
    if (atCreation) this.datastore.markFinishedAtCreation(upload.id, upload.size ?? upload.offset);
    try {
      const asset = await this.uploads.finish(
        { id: upload.id, path, sizeBytes: upload.size ?? upload.offset, metadata: upload.metadata ?? {} },
        {
          discard: () => this.datastore.remove(upload.id),
          forget: () => this.datastore.configstore.delete(upload.id),
        },
      );
      return { status_code: atCreation ? 201 : 204, headers: { 'X-Video-Id': asset.id } };
    } catch (error) {
      const answer = httpErrorResponse(error);
      if (!answer) throw error;
      return { status_code: answer.status, headers: { ...answer.headers, 'Content-Type': 'application/json; charset=utf-8' }, body: JSON.stringify(answer.body) };
    }
  }

  /** tus's own protocol errors (409 offset, 410 gone, ...) keep their answer; anything else is logged, never shown. */
  private unexpected(error: Error | { status_code: number; body: string }): { status_code: number; body: string } | undefined {
    if (isTusError(error)) return undefined;
    const answer = httpErrorResponse(error);
    return answer ? { status_code: answer.status, body: JSON.stringify(answer.body) } : undefined;
  }
}

function authorisedOwnerOf(request: TusRequest): VideoUploadOwner {
  const owner = (request.runtime?.node?.req as AuthorisedUploadRequest | undefined)?.lenteraVideoUpload;
  // VideoUploadController authorises every creation before tus sees it; without that, refuse.
  if (!owner) throw new Error('a tus upload reached the server without authorisation');
  return owner;
}

function isTusError(error: unknown): error is { status_code: number; body: string } {
  return typeof error === 'object' && error !== null && typeof (error as { status_code?: unknown }).status_code === 'number';
}
