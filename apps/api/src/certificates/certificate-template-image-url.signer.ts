import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { TemplateImage } from '@lentera/db';
import { FileUrlSigner } from '../course-files/file-url-signer';

/** The public route that serves template images (CertificateTemplateImageController). */
export const TEMPLATE_IMAGE_ROUTE = 'certificates/template-images';

/**
 * Signed, expiring links to an agency's template images, made like course files' (FileUrlSigner:
 * 6 to 12 hours, inline), so an `<img>` can show them without a Bearer token. Handed out only
 * with the template, to whoever may read it. `v` names the stored file: a replaced image gets a
 * new link (a browser never shows the old one from its cache), and an old link opens nothing.
 */
@Injectable()
export class CertificateTemplateImageUrlSigner {
  constructor(private readonly signer: FileUrlSigner) {}

  /** `/certificates/template-images/<agencyId>/<slot>?v=..&exp=..&sig=..` */
  url(agencyId: string, slot: string, image: TemplateImage): string {
    const version = versionOf(image);
    return `/${TEMPLATE_IMAGE_ROUTE}/${agencyId}/${slot}?v=${version}&${this.signer.signedQuery(subject(agencyId, slot, version))}`;
  }

  verify(link: { agencyId: string; slot: string; version: string | undefined; exp: string | undefined; sig: string | undefined }): boolean {
    if (!link.version) return false;
    return this.signer.verify(subject(link.agencyId, link.slot, link.version), link.exp, link.sig);
  }
}

/** A short name of the stored file (its path has a random part: a new upload, a new version). */
export function versionOf(image: TemplateImage): string {
  return createHash('sha256').update(image.path).digest('base64url').slice(0, 16);
}

/** Names its kind, so the signature can open nothing but this image. */
const subject = (agencyId: string, slot: string, version: string) => `certificate-template-image:${agencyId}:${slot}:${version}`;
