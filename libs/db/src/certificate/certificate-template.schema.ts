import { Schema, type Types } from 'mongoose';

export const CERTIFICATE_TEMPLATE_MODEL = 'CertificateTemplate';

export const certificateLanguages = ['id', 'en', 'bilingual'] as const;
export type CertificateLanguage = (typeof certificateLanguages)[number];

/** An image of a template (logo, background, signature), stored under DATA_DIR. */
export interface TemplateImageDocument {
  path: string;
  contentType: string;
}

export interface SignatoryDocument {
  name: string;
  title: string;
  nip?: string;
  signature?: TemplateImageDocument;
}

/** How an agency's certificates look and are numbered; one per agency, copied into each certificate when it is signed. */
export interface CertificateTemplateDocument {
  _id: Types.ObjectId;
  agencyId: Types.ObjectId;
  heading: string;
  language: CertificateLanguage;
  numberFormat: string;
  logo?: TemplateImageDocument;
  background?: TemplateImageDocument;
  signatories: SignatoryDocument[];
  updatedBy?: Types.ObjectId;
  createdAt: Date;
  updatedAt: Date;
}

const imageSchema = new Schema<TemplateImageDocument>({ path: { type: String, required: true }, contentType: { type: String, required: true } }, { _id: false });

const signatorySchema = new Schema<SignatoryDocument>(
  {
    name: { type: String, required: true, trim: true },
    title: { type: String, required: true, trim: true },
    nip: { type: String, trim: true },
    signature: { type: imageSchema },
  },
  { _id: false },
);

export const certificateTemplateSchema = new Schema<CertificateTemplateDocument>(
  {
    agencyId: { type: Schema.Types.ObjectId, required: true },
    heading: { type: String, required: true, trim: true },
    language: { type: String, required: true, enum: certificateLanguages },
    numberFormat: { type: String, required: true },
    logo: { type: imageSchema },
    background: { type: imageSchema },
    signatories: { type: [signatorySchema], default: [] },
    updatedBy: { type: Schema.Types.ObjectId },
  },
  { collection: 'certificate_templates', timestamps: true },
);

certificateTemplateSchema.index({ agencyId: 1 }, { unique: true });
