import { Schema } from 'mongoose';

export const CERTIFICATE_NUMBER_MODEL = 'CertificateNumber';

/**
 * One taken certificate number. Three unique keys make numbering safe without transactions or
 * locks (FerretDB): the `_id` (`<scope>|<sequence>`) gives each sequence value to one certificate,
 * `certificateId` gives each certificate one value (two runs for the same certificate end with
 * the same number), and `numberKey` (`<agencyId>|<number>`) keeps a number from repeating within
 * the agency even if its format changes. The scope is the agency, per year when its number
 * format shows the year.
 */
export interface CertificateNumberDocument {
  _id: string;
  certificateId: string;
  agencyId: string;
  scope: string;
  sequence: number;
  number: string;
  numberKey: string;
  createdAt: Date;
}

export const certificateNumberSchema = new Schema<CertificateNumberDocument>(
  {
    _id: { type: String, required: true },
    certificateId: { type: String, required: true },
    agencyId: { type: String, required: true },
    scope: { type: String, required: true },
    sequence: { type: Number, required: true, min: 1 },
    number: { type: String, required: true },
    numberKey: { type: String, required: true },
  },
  { collection: 'certificate_numbers', timestamps: { createdAt: true, updatedAt: false } },
);

certificateNumberSchema.index({ certificateId: 1 }, { unique: true });
certificateNumberSchema.index({ numberKey: 1 }, { unique: true });
certificateNumberSchema.index({ scope: 1, sequence: -1 });
