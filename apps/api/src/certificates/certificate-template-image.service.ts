import { Injectable, Logger } from '@nestjs/common';
import { CertificateAuditRepository, CertificateTemplateRepository, isValidId, type TemplateImage } from '@lentera/db';
import type { Actor } from '../auth/actor';
import { CertificateAccess } from './certificate-access';
import { checkTemplateImage } from './certificate-template-image.format';
import { imageIn, parseImageSlot, slotName, type TemplateImageSlot } from './certificate-template-image.slot';
import { CertificateTemplateImageStore } from './certificate-template-image.store';
import { CertificateTemplateImageUrlSigner, versionOf } from './certificate-template-image-url.signer';
import { invalidTemplateImageLink, signatoryChanged, signatoryNotSaved, templateImageNotFound } from './certificate-template-image.errors';

export interface UploadedTemplateImage {
  slot: string;
  contentType: string;
  sizeBytes: number;
}

/** A slot to change, with the person at it for a signature (the image is theirs, wherever a later save moves them). */
export interface TemplateImageTarget {
  agencyId: string;
  slot: TemplateImageSlot;
  signatoryName: string | null;
}

export interface TemplateImageFile {
  path: string;
  contentType: string;
  /** Unix seconds at which the link expires. */
  expiresAt: number;
}

/**
 * The logo, background and signature images of an agency's certificate template (IssueCertificates
 * in the agency). An image is checked to be one the renderer draws, stored as a new file and set
 * in the template in one write; each change is in the agency's certificate audit log.
 */
@Injectable()
export class CertificateTemplateImageService {
  private readonly logger = new Logger(CertificateTemplateImageService.name);

  constructor(
    private readonly templates: CertificateTemplateRepository,
    private readonly audit: CertificateAuditRepository,
    private readonly access: CertificateAccess,
    private readonly store: CertificateTemplateImageStore,
    private readonly urls: CertificateTemplateImageUrlSigner,
  ) {}

  /**
   * The slot to change, checked before the body is read: the agency exists and, for
   * `signature-<n>`, the saved template has signatory n (else NOT_FOUND: save them first).
   */
  async target(actor: Actor, agencyId: string, slotParam: string): Promise<TemplateImageTarget> {
    const { agency } = await this.access.agency(actor, agencyId);
    const slot = parseImageSlot(slotParam);
    if (slot.kind !== 'signature') return { agencyId: agency.id, slot, signatoryName: null };
    const signatory = (await this.templates.findForAgency(agency.id)).signatories[slot.index];
    if (!signatory) throw signatoryNotSaved(slot.index);
    return { agencyId: agency.id, slot, signatoryName: signatory.name };
  }

  async upload(actor: Actor, target: TemplateImageTarget, bytes: Buffer): Promise<UploadedTemplateImage> {
    const checked = await checkTemplateImage(bytes);
    const slot = slotName(target.slot);
    const path = await this.store.save(target.agencyId, slot, checked.extension, bytes);
    await this.setImage(actor, target, { path, contentType: checked.contentType });
    await this.record(actor, target.agencyId, slot, 'uploaded');
    this.logger.log({ agencyId: target.agencyId, slot, sizeBytes: bytes.length, width: checked.width, height: checked.height }, 'certificate template image uploaded');
    return { slot, contentType: checked.contentType, sizeBytes: bytes.length };
  }

  /** Removing an image that is not there is fine: the slot ends up empty either way. */
  async remove(actor: Actor, target: TemplateImageTarget): Promise<void> {
    const slot = slotName(target.slot);
    if (!imageIn(await this.templates.findForAgency(target.agencyId), target.slot)) return;
    await this.setImage(actor, target, null);
    await this.record(actor, target.agencyId, slot, 'removed');
    this.logger.log({ agencyId: target.agencyId, slot }, 'certificate template image removed');
  }

  /** The file a signed link opens: FORBIDDEN for a bad or expired link, NOT_FOUND when the image was replaced or removed since. */
  async fileToServe(link: { agencyId: string; slot: string; version: string | undefined; exp: string | undefined; sig: string | undefined }): Promise<TemplateImageFile> {
    if (!isValidId(link.agencyId) || !this.urls.verify(link)) throw invalidTemplateImageLink();
    const image = imageIn(await this.templates.findForAgency(link.agencyId), parseImageSlot(link.slot));
    if (!image || versionOf(image) !== link.version) throw templateImageNotFound();
    return { path: this.store.absolutePath(image.path), contentType: image.contentType, expiresAt: Number(link.exp) };
  }

  private async setImage(actor: Actor, target: TemplateImageTarget, image: TemplateImage | null): Promise<void> {
    const { agencyId, slot, signatoryName } = target;
    if (slot.kind !== 'signature') return this.templates.setImage(agencyId, slot.kind, image, actor.userId);
    // Only while signatory n is still the person checked before the upload: a save may have moved people since.
    const stored = signatoryName !== null && (await this.templates.setSignatureImage(agencyId, slot.index, signatoryName, image, actor.userId));
    if (!stored) throw signatoryChanged(slot.index);
  }

  private async record(actor: Actor, agencyId: string, slot: string, change: 'uploaded' | 'removed'): Promise<void> {
    await this.audit.append({ agencyId, action: 'template_changed', certificateId: null, actorId: actor.userId, reason: null, details: { image: slot, change }, at: new Date() });
  }
}
