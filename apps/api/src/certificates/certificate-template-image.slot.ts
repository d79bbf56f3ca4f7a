import type { CertificateTemplateRecord, TemplateImage } from '@lentera/db';
import { TEMPLATE_LIMITS } from './certificate-template.checks';
import { invalidImageSlot } from './certificate-template-image.errors';

/**
 * Where an image goes on an agency's certificate: the logo, the background, or the signature of
 * the signatory at a 0-based index of the saved template. Named in URLs as `logo`, `background`
 * and `signature-<n>`.
 */
export type TemplateImageSlot = { kind: 'logo' } | { kind: 'background' } | { kind: 'signature'; index: number };

const MEGABYTE = 1024 * 1024;

/** A background fills the A4 page, so it may be larger than a logo or a signature. */
export const MAX_TEMPLATE_IMAGE_BYTES = { logo: 2 * MEGABYTE, background: 5 * MEGABYTE, signature: 2 * MEGABYTE } as const;

/** The slot a URL names; BAD_USER_INPUT for anything else (`signature-3` included: at most 3 signatories). */
export function parseImageSlot(name: string): TemplateImageSlot {
  if (name === 'logo' || name === 'background') return { kind: name };
  const signature = /^signature-(\d)$/.exec(name);
  const index = signature ? Number(signature[1]) : NaN;
  if (index < TEMPLATE_LIMITS.signatories) return { kind: 'signature', index };
  throw invalidImageSlot();
}

export function slotName(slot: TemplateImageSlot): string {
  return slot.kind === 'signature' ? `signature-${slot.index}` : slot.kind;
}

export function maxBytesOf(slot: TemplateImageSlot): number {
  return MAX_TEMPLATE_IMAGE_BYTES[slot.kind];
}

/** The image stored in the slot, or null (also for a signatory the template does not have). */
export function imageIn(template: CertificateTemplateRecord, slot: TemplateImageSlot): TemplateImage | null {
  if (slot.kind === 'signature') return template.signatories[slot.index]?.signature ?? null;
  return template[slot.kind];
}
