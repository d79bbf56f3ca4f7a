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

  /**
   * Replaces the heading, language, number format and signatories, and leaves the logo and
   * background as they are. Only if the template is still the one read (`updatedAt` unchanged,
   * null for none saved yet): the signatories carry signature images, and an upload that
   * landed in between must not be overwritten. Null when it changed: read it again and retry.
   */
  async saveText(agencyId: string, change: Omit<CertificateTemplateChange, 'logo' | 'background'>, updatedBy: string, expectedUpdatedAt: Date | null): Promise<CertificateTemplateRecord | null> {
    const set = {
      heading: change.heading,
      language: change.language,
      numberFormat: change.numberFormat,
      signatories: storedSignatories(change.signatories),
      updatedBy: new Types.ObjectId(updatedBy),
    };
    const filter = { agencyId: new Types.ObjectId(agencyId), updatedAt: expectedUpdatedAt ?? { $exists: false } };
    try {
      const result = await this.templates.updateOne(filter, { $set: set }, { upsert: expectedUpdatedAt === null });
      if (result.matchedCount === 0 && result.upsertedCount === 0) return null;
    } catch (error) {
      // A first save raced by another write: the agency has a template now, so this one is stale.
      if (isDuplicateKeyError(error)) return null;
      throw error;
    }
    return this.findForAgency(agencyId);
  }

  /**
   * Sets the logo or background in one write, or removes it (null). An agency without a saved
   * template gets the default one holding the image; removing from none is nothing to do.
   */
  async setImage(agencyId: string, field: 'logo' | 'background', image: TemplateImage | null, updatedBy: string): Promise<void> {
    const filter = { agencyId: new Types.ObjectId(agencyId) };
    const actor = { updatedBy: new Types.ObjectId(updatedBy) };
    if (!image) {
      await this.templates.updateOne(filter, { $set: actor, $unset: { [field]: '' } });
      return;
    }
    const { heading, language, numberFormat, signatories } = DEFAULT_CERTIFICATE_TEMPLATE;
    await this.upsertOnce(() =>
      this.templates.updateOne(
        filter,
        { $set: { ...actor, [field]: { path: image.path, contentType: image.contentType } }, $setOnInsert: { heading, language, numberFormat, signatories } },
        { upsert: true },
      ),
    );
  }

  /**
   * Sets (or with null removes) the signature image of the signatory at `index`, in one write
   * and only while that signatory is still `name`: a save that moved people around in between
   * must not hand the image to someone else. False when there is no such signatory.
   */
  async setSignatureImage(agencyId: string, index: number, name: string, image: TemplateImage | null, updatedBy: string): Promise<boolean> {
    const path = `signatories.${index}.signature`;
    const actor = { updatedBy: new Types.ObjectId(updatedBy) };
    const update = image ? { $set: { ...actor, [path]: { path: image.path, contentType: image.contentType } } } : { $set: actor, $unset: { [path]: '' } };
    const result = await this.templates.updateOne({ agencyId: new Types.ObjectId(agencyId), [`signatories.${index}.name`]: name }, update);
    return result.matchedCount === 1;
  }

  /** Runs an upsert; two first writes at once may both try to insert, the unique agencyId lets one in and the other updates it. */
  private async upsertOnce(write: () => Promise<unknown>): Promise<void> {
    try {
      await write();
    } catch (error) {
      if (!isDuplicateKeyError(error)) throw error;
      await write();
    }
  }
}

function storedSignatories(signatories: readonly Signatory[]) {
  return signatories.map((signatory) => ({
    name: signatory.name,
    title: signatory.title,
    ...(signatory.nip && { nip: signatory.nip }),
    ...(signatory.signature && { signature: { path: signatory.signature.path, contentType: signatory.signature.contentType } }),
  }));
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
    // `?? []`: FerretDB (v1) drops an empty array from $setOnInsert, so a template first made by an image upload has none stored.
    signatories: (document.signatories ?? []).map((signatory) => ({
      name: signatory.name,
      title: signatory.title,
      nip: signatory.nip ?? null,
      signature: image(signatory.signature),
    })),
    updatedAt: document.updatedAt ?? null,
  };
}
