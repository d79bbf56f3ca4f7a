import { Schema, type Types } from 'mongoose';

export const PASSWORD_RESET_MODEL = 'PasswordReset';

/** A one-time link an admin hands to a person; only the token's SHA-256 is stored. */
export interface PasswordResetDocument {
  _id: Types.ObjectId;
  userId: Types.ObjectId;
  agencyId?: Types.ObjectId;
  issuedBy: Types.ObjectId;
  tokenHash: string;
  expiresAt: Date;
  usedAt?: Date;
  createdAt: Date;
}

export const passwordResetSchema = new Schema<PasswordResetDocument>(
  {
    userId: { type: Schema.Types.ObjectId, required: true },
    agencyId: { type: Schema.Types.ObjectId },
    issuedBy: { type: Schema.Types.ObjectId, required: true },
    tokenHash: { type: String, required: true },
    expiresAt: { type: Date, required: true },
    usedAt: { type: Date },
  },
  { collection: 'password_resets', timestamps: { createdAt: true, updatedAt: false } },
);

passwordResetSchema.index({ tokenHash: 1 }, { unique: true });
