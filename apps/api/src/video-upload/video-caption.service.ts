import { Injectable, Logger } from '@nestjs/common';
import { CourseAssetRepository, isValidId, type CourseAssetRecord } from '@lentera/db';
import { CAPTION_LANGUAGE, checkWebVtt, videoPaths } from '@lentera/media';
import type { Actor } from '../auth/actor';
import { AgencyAccess } from '../auth/agency-access';
import { Permission } from '../auth/permissions';
import { MediaUrlSigner } from '../media/media-url-signer';
import { VideoFileStore } from '../media/video-file.store';
import { captionRefused, invalidCaptionLabel, invalidCaptionLanguage, videoNotFound } from './video-upload.errors';

/** The answer to a caption upload. */
export interface VideoCaptionView {
  language: string;
  label: string;
  /** Signed, expiring (served once the video is READY). */
  url: string;
}

/** How a caption is named in the player's menu when the uploader gave no label. */
const defaultLabels: Record<string, string> = { id: 'Bahasa Indonesia', en: 'English' };

/** WebVTT captions of a video: checked, stored at `videos/<id>/captions/<language>.vtt`, one per language. */
@Injectable()
export class VideoCaptionService {
  private readonly logger = new Logger(VideoCaptionService.name);

  constructor(
    private readonly assets: CourseAssetRepository,
    private readonly access: AgencyAccess,
    private readonly store: VideoFileStore,
    private readonly signer: MediaUrlSigner,
  ) {}

  /** The video a caption goes to, once the caller may author in its agency; checked before the body is read. */
  async videoForCaption(actor: Actor, assetId: string, languageParam: unknown, labelParam: unknown): Promise<{ video: CourseAssetRecord; language: string; label: string }> {
    const asset = isValidId(assetId) ? await this.assets.findById(assetId) : null;
    if (!asset?.video) throw videoNotFound();
    this.access.scope(actor, Permission.AuthorCourses, asset.agencyId);
    if (typeof languageParam !== 'string' || !CAPTION_LANGUAGE.test(languageParam)) throw invalidCaptionLanguage();
    const label = typeof labelParam === 'string' ? labelParam.trim() : (defaultLabels[languageParam] ?? languageParam);
    if (label.length < 1 || label.length > 60 || hasControlCharacters(label)) throw invalidCaptionLabel();
    return { video: asset, language: languageParam, label };
  }

  /** Stores the caption, replacing the one in the same language (the file is written before the record). */
  async save(actor: Actor, video: CourseAssetRecord, language: string, label: string, bytes: Buffer): Promise<VideoCaptionView> {
    const checked = checkWebVtt(bytes);
    if (!checked.ok) throw captionRefused(checked.reason);
    // The checked text: a byte-order mark some editors write is dropped.
    const stored = Buffer.from(checked.text, 'utf8');
    const storagePath = videoPaths.caption(video.id, language);
    await this.store.save(storagePath, stored);
    const result = await this.assets.putVideoCaption(video.id, { language, label, storagePath, sizeBytes: stored.length, uploadedAt: new Date() });
    if (result === false) {
      await this.store.remove(storagePath);
      throw videoNotFound();
    }
    if (result.replaced && result.replaced.storagePath !== storagePath) await this.store.remove(result.replaced.storagePath);
    this.logger.log({ assetId: video.id, courseId: video.courseId, userId: actor.userId, language, sizeBytes: stored.length }, 'video caption uploaded');
    return { language, label, url: this.signer.captionUrl(video.id, language) };
  }
}

function hasControlCharacters(text: string): boolean {
  return [...text].some((character) => character.charCodeAt(0) < 0x20 || character.charCodeAt(0) === 0x7f);
}
