import { Injectable } from '@nestjs/common';
import { CourseAssetRepository, type CourseAssetKind } from '@lentera/db';
import { assertId, assetNotUsable, invalidExternalUrl } from './authoring.errors';
import { imageAssetIdsIn, sanitizeRichText } from './rich-text';

/** Checks what authors put into a course: lesson HTML, the files they refer to, link addresses. */
@Injectable()
export class AuthoringContent {
  constructor(private readonly assets: CourseAssetRepository) {}

  /** Sanitized lesson HTML; images survive only when they are image files of this course. */
  async sanitizeBody(courseId: string, html: string): Promise<string> {
    const candidates = imageAssetIdsIn(html);
    const images = candidates.length ? await this.assets.findByIds(candidates) : [];
    const allowedImageIds = new Set(images.filter((asset) => asset.courseId === courseId && asset.kind === 'image').map((asset) => asset.id));
    return sanitizeRichText(html, { allowedImageIds });
  }

  /**
   * A lesson's document must be a DOCUMENT of the same course, its video a VIDEO of the same
   * course (in any state: publishing waits for it to be ready); a cover an IMAGE of the same course.
   */
  async assertAsset(courseId: string, assetId: string, use: 'document' | 'video' | 'coverImage'): Promise<void> {
    assertId(assetId, use);
    const expected: CourseAssetKind = use === 'coverImage' ? 'image' : use;
    const asset = await this.assets.findById(assetId);
    if (!asset || asset.courseId !== courseId || asset.kind !== expected) throw assetNotUsable(use);
  }

  /** Only http(s): a `javascript:` or `file:` link in a lesson would run or leak on the learner's device. */
  externalUrl(value: string): string {
    const trimmed = value.trim();
    let url: URL;
    try {
      url = new URL(trimmed);
    } catch {
      throw invalidExternalUrl();
    }
    if ((url.protocol !== 'http:' && url.protocol !== 'https:') || !url.hostname) throw invalidExternalUrl();
    return url.toString();
  }
}
