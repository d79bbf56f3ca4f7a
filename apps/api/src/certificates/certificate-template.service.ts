import { Injectable } from '@nestjs/common';
import { jakartaYearMonth, renderCertificateNumber } from '@lentera/certificates';
import { CertificateAuditRepository, CertificateTemplateRepository, type AgencyRecord, type CertificateTemplateRecord, type Signatory } from '@lentera/db';
import type { Actor } from '../auth/actor';
import { CertificateAccess } from './certificate-access';
import { storedCertificateLanguages } from './certificate-enums';
import { checkTemplateText } from './certificate-template.checks';
import type { CertificateTemplateInput, CertificateTemplateModel } from './certificate-template.model';
import { toTemplateModel } from './certificate.mapper';
import { invalidTemplate } from './certificates.errors';

/**
 * An agency's certificate template: heading, language, number format and signatories. It is
 * copied into each certificate when it is signed, so a change applies to certificates signed
 * from now on. Images (logo, background, signatures) are uploaded elsewhere and kept here.
 */
@Injectable()
export class CertificateTemplateService {
  constructor(
    private readonly templates: CertificateTemplateRepository,
    private readonly audit: CertificateAuditRepository,
    private readonly access: CertificateAccess,
  ) {}

  async get(actor: Actor, agencyId: string): Promise<CertificateTemplateModel> {
    const { agency } = await this.access.agency(actor, agencyId);
    return this.view(await this.templates.findForAgency(agency.id), agency);
  }

  async update(actor: Actor, agencyId: string, input: CertificateTemplateInput): Promise<CertificateTemplateModel> {
    const { agency } = await this.access.agency(actor, agencyId);
    const checked = checkTemplateText(input);
    if (!checked.ok) throw invalidTemplate(checked.problems);
    const current = await this.templates.findForAgency(agency.id);
    const saved = await this.templates.save(
      agency.id,
      {
        heading: checked.value.heading,
        language: storedCertificateLanguages[input.language],
        numberFormat: checked.value.numberFormat,
        logo: current.logo,
        background: current.background,
        signatories: checked.value.signatories.map((signatory) => ({ ...signatory, signature: signatureImageOf(current.signatories, signatory) })),
      },
      actor.userId,
    );
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

  private view(template: CertificateTemplateRecord, agency: AgencyRecord): CertificateTemplateModel {
    const { year, month } = jakartaYearMonth(new Date());
    return toTemplateModel(template, renderCertificateNumber(template.numberFormat, { agencyCode: agency.code, year, month, sequence: 1 }));
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
