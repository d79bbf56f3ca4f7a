import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Types, type Model } from 'mongoose';
import { isDuplicateKeyError } from '../connection/database-errors';
import { CERTIFICATE_TEMPLATE_MODEL, type CertificateLanguage, type CertificateTemplateDocument } from './certificate-template.schema';

export interface TemplateImage {
  path: string;
  contentType: string;
}

export interface Signatory {
  name: string;
  title: string;
  nip: string | null;
  signature: TemplateImage | null;
}

export interface CertificateTemplateRecord {
  agencyId: string;
  heading: string;
  language: CertificateLanguage;
  numberFormat: string;
  logo: TemplateImage | null;
  background: TemplateImage | null;
  signatories: Signatory[];
  updatedAt: Date | null;
}

export type CertificateTemplateChange = Omit<CertificateTemplateRecord, 'agencyId' | 'updatedAt'>;

/** What an agency that never saved a template gets. */
export const DEFAULT_CERTIFICATE_TEMPLATE: CertificateTemplateChange = {
  heading: 'SERTIFIKAT',
  language: 'id',
  numberFormat: '{agencyCode}/{year}/{sequence:5}',
  logo: null,
  background: null,
  signatories: [],
};

@Injectable()
export class CertificateTemplateRepository {
  constructor(@InjectModel(CERTIFICATE_TEMPLATE_MODEL) private readonly templates: Model<CertificateTemplateDocument>) {}

  /** The agency's template, or the default one when it never saved its own. */
  async findForAgency(agencyId: string): Promise<CertificateTemplateRecord> {
    const document = await this.templates.findOne({ agencyId: new Types.ObjectId(agencyId) }).lean<CertificateTemplateDocument>();
    return document ? toTemplateRecord(document) : { ...DEFAULT_CERTIFICATE_TEMPLATE, agencyId, updatedAt: null };
  }

  /** Replaces the agency's template as a whole (one write: never half an edit). */
  async save(agencyId: string, change: CertificateTemplateChange, updatedBy: string): Promise<CertificateTemplateRecord> {
    const set = {
      heading: change.heading,
      language: change.language,
      numberFormat: change.numberFormat,
      signatories: change.signatories.map((signatory) => ({
        name: signatory.name,
        title: signatory.title,
        ...(signatory.nip && { nip: signatory.nip }),
        ...(signatory.signature && { signature: signatory.signature }),
      })),
      updatedBy: new Types.ObjectId(updatedBy),
      ...(change.logo && { logo: change.logo }),
      ...(change.background && { background: change.background }),
    };
    const unset = { ...(!change.logo && { logo: '' }), ...(!change.background && { background: '' }) };
    const write = () =>
      this.templates.updateOne({ agencyId: new Types.ObjectId(agencyId) }, { $set: set, ...(Object.keys(unset).length && { $unset: unset }) }, { upsert: true });
    try {
      await write();
    } catch (error) {
      // Two first saves at once may both try to insert; the unique agencyId lets one in, the other updates it.
      if (!isDuplicateKeyError(error)) throw error;
      await write();
    }
    return this.findForAgency(agencyId);
  }
}

function toTemplateRecord(document: CertificateTemplateDocument): CertificateTemplateRecord {
  const image = (value: { path: string; contentType: string } | undefined) => (value ? { path: value.path, contentType: value.contentType } : null);
  return {
    agencyId: document.agencyId.toHexString(),
    heading: document.heading,
    language: document.language,
    numberFormat: document.numberFormat,
    logo: image(document.logo),
    background: image(document.background),
    signatories: document.signatories.map((signatory) => ({
      name: signatory.name,
      title: signatory.title,
      nip: signatory.nip ?? null,
      signature: image(signatory.signature),
    })),
    updatedAt: document.updatedAt ?? null,
  };
}
