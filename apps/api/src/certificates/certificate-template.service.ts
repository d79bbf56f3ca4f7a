import { Injectable } from '@nestjs/common';
import { jakartaYearMonth } from '@lentera/asn';
import { renderCertificateNumber } from '@lentera/certificates';
import {
  CertificateAuditRepository,
  CertificateTemplateRepository,
  type AgencyRecord,
  type CertificateLanguage as StoredCertificateLanguage,
  type CertificateTemplateRecord,
  type Signatory,
} from '@lentera/db';
import type { Actor } from '../auth/actor';
import { CertificateAccess } from './certificate-access';
import { storedCertificateLanguages } from './certificate-enums';
import { checkTemplateText, type TemplateText } from './certificate-template.checks';
import type { CertificateTemplateInput, CertificateTemplateModel } from './certificate-template.model';
import { toTemplateModel } from './certificate.mapper';
import { templateChangedMeanwhile } from './certificate-template-image.errors';
import { CertificateTemplateImageUrlSigner } from './certificate-template-image-url.signer';
import { invalidTemplate } from './certificates.errors';

/** Saves racing image uploads retry; this many in a row all losing means something is wrong. */
const MAX_SAVE_ATTEMPTS = 5;

/**
 * An agency's certificate template: heading, language, number format and signatories. It is
 * copied into each certificate when it is signed, so a change applies to certificates signed
 * from now on. Images (logo, background, signatures) are uploaded by CertificateTemplateImageService
 * and kept here; the template shows them as signed links.
 */
@Injectable()
export class CertificateTemplateService {
  constructor(
    private readonly templates: CertificateTemplateRepository,
    private readonly audit: CertificateAuditRepository,
    private readonly access: CertificateAccess,
    private readonly imageUrls: CertificateTemplateImageUrlSigner,
  ) {}

  async get(actor: Actor, agencyId: string): Promise<CertificateTemplateModel> {
    const { agency } = await this.access.agency(actor, agencyId);
    return this.view(await this.templates.findForAgency(agency.id), agency);
  }

  async update(actor: Actor, agencyId: string, input: CertificateTemplateInput): Promise<CertificateTemplateModel> {
    const { agency } = await this.access.agency(actor, agencyId);
    const checked = checkTemplateText(input);
    if (!checked.ok) throw invalidTemplate(checked.problems);
    const saved = await this.saveText(agency.id, { ...checked.value, language: storedCertificateLanguages[input.language] }, actor.userId);
    await this.audit.append({
      agencyId: agency.id,
      action: 'template_changed',
      certificateId: null,
      actorId: actor.userId,
      reason: null,
      details: { heading: saved.heading, language: saved.language, numberFormat: saved.numberFormat, signatories: String(saved.signatories.length) },
      at: saved.updatedAt ?? new Date(),
    });
    return this.view(saved, agency);
  }

  /**
   * Saves the text with each person's signature image carried over from the template as it is
   * now; the logo and background are not touched. Retried when an image upload (or another
   * save) changed the template between reading and writing it.
   */
  private async saveText(agencyId: string, text: TemplateText & { language: StoredCertificateLanguage }, actorId: string): Promise<CertificateTemplateRecord> {
    for (let attempt = 1; ; attempt += 1) {
      const current = await this.templates.findForAgency(agencyId);
      const signatories = text.signatories.map((signatory) => ({ ...signatory, signature: signatureImageOf(current.signatories, signatory) }));
      const saved = await this.templates.saveText(agencyId, { heading: text.heading, language: text.language, numberFormat: text.numberFormat, signatories }, actorId, current.updatedAt);
      if (saved) return saved;
      if (attempt === MAX_SAVE_ATTEMPTS) throw templateChangedMeanwhile();
    }
  }

  private view(template: CertificateTemplateRecord, agency: AgencyRecord): CertificateTemplateModel {
    const { year, month } = jakartaYearMonth(new Date());
    const sampleNumber = renderCertificateNumber(template.numberFormat, { agencyCode: agency.code, year, month, sequence: 1 });
    return toTemplateModel(template, sampleNumber, (slot, image) => this.imageUrls.url(agency.id, slot, image));
  }
}

/**
 * A signature image belongs to a person: it stays with the signatory of the same NIP, else of the
 * same name (any case), wherever the form moved them. A new person has none until one is uploaded.
 */
function signatureImageOf(stored: readonly Signatory[], signatory: { name: string; nip: string | null }): Signatory['signature'] {
  const byNip = signatory.nip ? stored.find((candidate) => candidate.nip === signatory.nip) : undefined;
  const byName = stored.find((candidate) => candidate.name.toLowerCase() === signatory.name.toLowerCase());
  return (byNip ?? byName)?.signature ?? null;
}
