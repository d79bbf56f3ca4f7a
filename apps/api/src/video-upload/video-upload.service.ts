import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@lentera/config';
import { CourseAssetRepository, CourseRepository, isValidId, type CourseAssetRecord, type CourseRecord } from '@lentera/db';
import { JobQueue } from '@lentera/jobs';
import { probeVideo } from '@lentera/media';
import type { Actor } from '../auth/actor';
import { AgencyAccess } from '../auth/agency-access';
import { Permission } from '../auth/permissions';
import { courseArchived, courseNotFound, invalidCourseId } from '../course-files/course-files.errors';
import { uploadFileName } from '../http/request-body';
import { VideoFileStore } from '../media/video-file.store';
import { courseGoneDuringUpload, invalidUploadMetadata, notYourUpload, uploadLengthRequired, videoRefused, videoTooLarge } from './video-upload.errors';
import { videoMediaTypeOf } from './video-media-type';

/** Who started an upload and for which course: kept in the tus upload's metadata (its `.json`). */
export interface VideoUploadOwner {
  assetId: string;
  userId: string;
  courseId: string;
  agencyId: string;
  fileName: string;
}

/** A finished tus upload, as the tus server hands it over. */
export interface CompletedUpload {
  id: string;
  /** Absolute path of the uploaded bytes in the tus folder. */
  path: string;
  sizeBytes: number;
  metadata: Record<string, string | null>;
}

/** The tus side of a finished upload's files. */
export interface UploadFiles {
  /** Deletes the bytes and the tus record. */
  discard(): Promise<void>;
  /** Deletes the tus record only (the bytes have moved). */
  forget(): Promise<void>;
}

/** Owner fields in the upload metadata; a client's own values for them are overwritten. */
const OWNER_KEYS = { userId: 'lenteraUserId', courseId: 'lenteraCourseId', agencyId: 'lenteraAgencyId' } as const;

/**
 * Video uploads: who may start one (authors of the course's agency), who may continue it (whoever
 * started it), and what happens once the last byte arrives: ffprobe decides, an accepted file
 * becomes a `video` asset in state `uploaded`, and the worker is asked to transcode it.
 */
@Injectable()
export class VideoUploadService {
  private readonly logger = new Logger(VideoUploadService.name);
  private readonly maxUploadBytes: number;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly courses: CourseRepository,
    private readonly assets: CourseAssetRepository,
    private readonly access: AgencyAccess,
    private readonly store: VideoFileStore,
    private readonly jobs: JobQueue,
  ) {
    this.maxUploadBytes = config.video.maxUploadBytes;
  }

  /**
   * Checks a tus creation before any byte is stored: the size is declared and within the limit,
   * the course exists, is not archived, and the caller authors in its agency. The new upload's
   * id is a fresh ObjectId: the asset's id once the upload is accepted.
   */
  async authoriseCreate(actor: Actor, uploadLength: string | undefined, metadata: Record<string, string | null>): Promise<VideoUploadOwner> {
    if (uploadLength === undefined || !/^\d{1,16}$/.test(uploadLength)) throw uploadLengthRequired();
    if (Number(uploadLength) > this.maxUploadBytes) throw videoTooLarge(this.maxUploadBytes);
    const courseId = metadata.courseId;
    if (!courseId || !metadata.filename) throw invalidUploadMetadata();
    const course = await this.authoredCourse(actor, courseId);
    return {
      assetId: this.assets.allocateId(),
      userId: actor.userId,
      courseId: course.id,
      agencyId: course.agencyId,
      fileName: uploadFileName(metadata.filename, 'video'),
    };
  }

  /** The metadata the tus upload is stored with: the client's, with the owner written over it. */
  uploadMetadata(owner: VideoUploadOwner, clientMetadata: Record<string, string | null> | undefined): Record<string, string> {
    const kept = Object.fromEntries(Object.entries(clientMetadata ?? {}).filter((entry): entry is [string, string] => entry[1] !== null));
    return {
      ...kept,
      filename: owner.fileName,
      [OWNER_KEYS.userId]: owner.userId,
      [OWNER_KEYS.courseId]: owner.courseId,
      [OWNER_KEYS.agencyId]: owner.agencyId,
    };
  }

  /** HEAD, PATCH and DELETE of an upload: only by the user who started it. */
  authoriseResume(actor: Actor, metadata: Record<string, string | null> | undefined): void {
    if (!metadata || metadata[OWNER_KEYS.userId] !== actor.userId) throw notYourUpload();
  }

  /**
   * The last byte arrived. ffprobe refuses → the upload is deleted and the reason thrown (422).
   * Accepted → the file moves to `videos/<id>/source`, the asset is created (`uploaded`), and a
   * transcode is queued. The file moves before the record is written; a failure in between
   * removes the file again, so no record points at nothing.
   */
  async finish(upload: CompletedUpload, files: UploadFiles): Promise<CourseAssetRecord> {
    const owner = ownerOf(upload);
    const verdict = await probeVideo(upload.path);
    if (!verdict.accepted) {
      await files.discard();
      this.logger.log({ assetId: upload.id, courseId: owner.courseId, userId: owner.userId, reason: verdict.reason.en }, 'video upload refused by ffprobe');
      throw videoRefused(verdict.reason);
    }
    const course = await this.courses.findById(owner.courseId);
    if (!course || course.status === 'archived') {
      await files.discard();
      throw courseGoneDuringUpload();
    }
    const storagePath = await this.store.adoptUpload(upload.path, upload.id);
    let asset: CourseAssetRecord;
    try {
      await files.forget();
      const { durationSeconds, width, height, hasAudio, formatName } = verdict.video;
      asset = await this.assets.create({
        id: upload.id,
        courseId: course.id,
        agencyId: course.agencyId,
        kind: 'video',
        fileName: owner.fileName,
        mediaType: videoMediaTypeOf(formatName, owner.fileName),
        sizeBytes: upload.sizeBytes,
        sha256: await this.store.sha256Of(storagePath),
        storagePath,
        uploadedBy: owner.userId,
        video: { durationSeconds, width, height, hasAudio },
      });
    } catch (error) {
      await this.store.removeVideo(upload.id);
      throw error;
    }
    this.logger.log(
      { assetId: asset.id, courseId: asset.courseId, userId: owner.userId, sizeBytes: asset.sizeBytes, durationSeconds: asset.video?.durationSeconds },
      'video uploaded',
    );
    await this.requestTranscode(asset);
    return asset;
  }

  /** The upload stands when the queue is down: the video stays `uploaded`, and the worker queues those again when it starts. */
  private async requestTranscode(asset: CourseAssetRecord): Promise<void> {
    const job = await this.jobs.enqueueIfAvailable('video.transcode', { assetId: asset.id });
    const ids = { assetId: asset.id, courseId: asset.courseId, jobId: job?.id ?? null };
    this.logger.log(ids, job ? 'video transcode requested' : 'video transcode not queued; it stays uploaded until the worker restarts');
  }

  private async authoredCourse(actor: Actor, courseId: string): Promise<CourseRecord> {
    if (!isValidId(courseId)) throw invalidCourseId();
    const course = await this.courses.findById(courseId);
    if (!course) throw courseNotFound();
    this.access.scope(actor, Permission.AuthorCourses, course.agencyId);
    if (course.status === 'archived') throw courseArchived();
    return course;
  }
}

function ownerOf(upload: CompletedUpload): VideoUploadOwner {
  const { metadata } = upload;
  return {
    assetId: upload.id,
    userId: metadata[OWNER_KEYS.userId] ?? '',
    courseId: metadata[OWNER_KEYS.courseId] ?? '',
    agencyId: metadata[OWNER_KEYS.agencyId] ?? '',
    fileName: metadata.filename ?? 'video',
  };
}
