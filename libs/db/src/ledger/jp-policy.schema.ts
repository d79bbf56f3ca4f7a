import { Schema, type Types } from 'mongoose';

export const JP_POLICY_MODEL = 'JpPolicy';

/**
 * An agency's JP rules. Defaults (see DEFAULT_JP_POLICY): 1 JP = 45 minutes; 20 JP a year for
 * PNS (PP 11/2017 art. 203(4), as amended by PP 17/2020) and 20 for PPPK (PP 49/2018 art. 40
 * sets at most 24). One per agency (unique agencyId), written by upsert.
 */
export interface JpPolicyDocument {
  _id: Types.ObjectId;
  agencyId: Types.ObjectId;
  minutesPerJp: number;
  yearlyTargetPns: number;
  yearlyTargetPppk: number;
  updatedBy?: Types.ObjectId;
  createdAt: Date;
  updatedAt: Date;
}

export const jpPolicySchema = new Schema<JpPolicyDocument>(
  {
    agencyId: { type: Schema.Types.ObjectId, required: true },
    minutesPerJp: { type: Number, required: true, min: 1 },
    yearlyTargetPns: { type: Number, required: true, min: 0 },
    yearlyTargetPppk: { type: Number, required: true, min: 0 },
    updatedBy: { type: Schema.Types.ObjectId },
  },
  { collection: 'jp_policies', timestamps: true },
);

jpPolicySchema.index({ agencyId: 1 }, { unique: true });
