import { Schema } from 'mongoose';

export const CLAIM_MODEL = 'Claim';

/**
 * "This happened once": a document whose _id names the event (a refresh token spent, a
 * reset link used, later a quiz attempt graded). FerretDB has no transactions and does not
 * lock between read and write, so the unique _id is what makes the second claim fail.
 */
export interface ClaimDocument {
  _id: string;
  claimedAt: Date;
}

export const claimSchema = new Schema<ClaimDocument>(
  {
    _id: { type: String, required: true },
    claimedAt: { type: Date, required: true },
  },
  { collection: 'claims', versionKey: false },
);
