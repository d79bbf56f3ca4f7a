import { Schema, type Types } from 'mongoose';

export const AGENCY_MODEL = 'Agency';

export const agencyKinds = ['central', 'regional', 'training_provider'] as const;
export type AgencyKind = (typeof agencyKinds)[number];

export interface AgencyDocument {
  _id: Types.ObjectId;
  code: string;
  name: string;
  kind: AgencyKind;
  region?: string;
  createdAt: Date;
  updatedAt: Date;
}

export const agencySchema = new Schema<AgencyDocument>(
  {
    // Agency codes appear in certificate numbers, so they are unique and upper-case.
    code: { type: String, required: true, uppercase: true, trim: true },
    name: { type: String, required: true, trim: true },
    kind: { type: String, required: true, enum: agencyKinds },
    region: { type: String, trim: true },
  },
  { collection: 'agencies', timestamps: true },
);

agencySchema.index({ code: 1 }, { unique: true });
