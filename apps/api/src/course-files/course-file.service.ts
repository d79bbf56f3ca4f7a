import { createHash } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { CourseAssetRepository, CourseRepository, isValidId, type CourseAssetRecord, type CourseRecord } from '@lentera/db';
import { JobQueue } from '@lentera/jobs';
import type { Actor } from '../auth/actor';
import { AgencyAccess } from '../auth/agency-access';
import { Permission } from '../auth/permissions';
import { CourseFileStore } from './course-file.store';
import {
  courseArchived,
  courseNotFound,
  emptyFile,
  fileNotFound,
  invalidCourseId,
  invalidFileLink,
  previewNotReady,
  refusedFileType,
  type UploadKind,
} from './course-files.errors';
import { DocumentPreviewStatus, previewStatusOf } from './document-preview.model';
import { nameWithExtensionOf } from './file-extension';
import { detectFileType, getsPdfPreview } from './file-signature';
import { FileUrlSigner, type FileUrlOptions } from './file-url-signer';

/** The answer to an upload: what H1's CourseAsset type shows, with a signed URL. */
export interface CourseFileView {
  id: string;
  kind: 'IMAGE' | 'DOCUMENT';
  fileName: string;
  mediaType: string;
  sizeBytes: number;
  url: string;
  /** Office documents start PENDING: the worker makes the PDF learners read in the browser. */
  previewStatus: DocumentPreviewStatus;
}

/** What `GET /files/:assetId` sends. */
export interface ServedFile {
  path: string;
  mediaType: string;
  fileName: string;
  kind: UploadKind;
  download: boolean;
  /** Unix seconds when the URL stops working: nothing may cache the file beyond it. */
  expiresAt: number;
}

export interface UploadedCourseFile {
  kind: UploadKind;
  /** As `X-File-Name` gave it (decoded, without folders); empty when none was sent. */
  fileName: string;
  bytes: Buffer;
}

const fallbackNames: Record<UploadKind, string> = { image: 'gambar', document: 'dokumen' };

/** Cover images and lesson documents: checked by content, stored, handed out through signed URLs. */
@Injectable()
export class CourseFileService {
  private readonly logger = new Logger(CourseFileService.name);

  constructor(
    private readonly courses: CourseRepository,
    private readonly assets: CourseAssetRepository,
    private readonly store: CourseFileStore,
    private readonly access: AgencyAccess,
    private readonly signer: FileUrlSigner,
    private readonly jobs: JobQueue,
  ) {}

  /**
   * The course an upload goes to, once the caller may author in its agency. Called before the
   * body is read, so a refused caller does not get to send 100 MB first.
   */
  async courseForUpload(actor: Actor, courseId: string): Promise<CourseRecord> {
    if (!isValidId(courseId)) throw invalidCourseId();
    const course = await this.courses.findById(courseId);
    if (!course) throw courseNotFound();
    this.access.scope(actor, Permission.AuthorCourses, course.agencyId);
    if (course.status === 'archived') throw courseArchived();
    return course;
  }

  /**
   * Decides the type by content and refuses anything else before a byte is stored. The file
   * is written first and the record second: a failure in between leaves no record without a
   * file (the file is removed again). An office document's record starts with a pending
   * preview, and the worker is asked to make it.
   */
  async save(actor: Actor, course: CourseRecord, upload: UploadedCourseFile): Promise<CourseFileView> {
    const detected = detectFileType(upload.bytes);
    if (detected.format === 'empty') throw emptyFile();
    if (!detected.accepted || detected.kind !== upload.kind) throw refusedFileType(detected.format, upload.kind, upload.fileName);
    const assetId = this.assets.allocateId();
    const storagePath = this.store.storagePathOf(course.id, assetId);
    await this.store.save(storagePath, upload.bytes);
    let asset: CourseAssetRecord;
    try {
      asset = await this.assets.create({
        id: assetId,
        courseId: course.id,
        agencyId: course.agencyId,
        kind: upload.kind,
        fileName: nameWithExtensionOf(detected.format, upload.fileName, fallbackNames[upload.kind]),
        mediaType: detected.mediaType,
        sizeBytes: upload.bytes.length,
        sha256: createHash('sha256').update(upload.bytes).digest('hex'),
        storagePath,
        uploadedBy: actor.userId,
        ...(upload.kind === 'document' && getsPdfPreview(detected.mediaType) ? { preview: { status: 'pending' as const } } : {}),
      });
    } catch (error) {
      await this.store.remove(storagePath);
      throw error;
    }
    this.logger.log(
      { assetId, courseId: course.id, userId: actor.userId, mediaType: asset.mediaType, sizeBytes: asset.sizeBytes },
      'course file uploaded',
    );
    if (asset.preview) await this.requestPreview(asset);
    return this.viewOf(asset);
  }

  /**
   * Queues the PDF preview. The upload stands even when the queue is down: the preview stays
   * pending, and the worker queues every pending preview again when it starts.
   */
  private async requestPreview(asset: CourseAssetRecord): Promise<void> {
    const job = await this.jobs.enqueueIfAvailable('document.preview', { assetId: asset.id });
    const ids = { assetId: asset.id, courseId: asset.courseId, jobId: job?.id ?? null };
    this.logger.log(ids, job ? 'document preview requested' : 'document preview not queued; it stays pending until the worker restarts');
  }

  /**
   * The file behind a signed URL. The signature (which covers the variant) is checked before
   * the id is even looked up. The preview variant is an office document's PDF, once it is ready.
   */
  async fileToServe(assetId: string, exp: string | undefined, sig: string | undefined, options: FileUrlOptions): Promise<ServedFile> {
    if (!this.signer.verify(assetId, exp, sig, options)) throw invalidFileLink();
    const asset = isValidId(assetId) ? await this.assets.findById(assetId) : null;
    // Videos play as HLS from /media (MediaController), never as one file from here.
    if (!asset || asset.kind === 'video') throw fileNotFound();
    const common = { kind: asset.kind, download: options.download === true, expiresAt: Number(exp) };
    if (options.variant !== 'preview') {
      return { ...common, path: this.store.absolutePath(asset.storagePath), mediaType: asset.mediaType, fileName: asset.fileName };
    }
    if (asset.preview?.status !== 'ready' || !asset.preview.storagePath) throw previewNotReady();
    return {
      ...common,
      path: this.store.absolutePath(asset.preview.storagePath),
      mediaType: 'application/pdf',
      fileName: nameWithExtensionOf('pdf', asset.fileName, fallbackNames.document),
    };
  }

  viewOf(asset: CourseAssetRecord): CourseFileView {
    return {
      id: asset.id,
      kind: asset.kind === 'image' ? 'IMAGE' : 'DOCUMENT',
      fileName: asset.fileName,
      mediaType: asset.mediaType,
      sizeBytes: asset.sizeBytes,
      url: this.signer.url(asset.id),
      previewStatus: previewStatusOf(asset),
    };
  }
}
