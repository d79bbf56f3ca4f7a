import { Schema, type Types } from 'mongoose';

export const SESSION_MODEL = 'Session';

/**
 * One signed-in device: the family of refresh tokens that rotate from one sign-in.
 * Revoking it ends every token of the family and the access tokens that name it.
 */
export interface SessionDocument {
  _id: Types.ObjectId;
  userId: Types.ObjectId;
  userAgent?: string;
  ip?: string;
  expiresAt: Date;
  lastUsedAt: Date;
  revokedAt?: Date;
  revokedReason?: string;
  createdAt: Date;
  updatedAt: Date;
}

export const sessionSchema = new Schema<SessionDocument>(
  {
    userId: { type: Schema.Types.ObjectId, required: true },
    userAgent: { type: String },
    ip: { type: String },
    expiresAt: { type: Date, required: true },
    lastUsedAt: { type: Date, required: true },
    revokedAt: { type: Date },
    revokedReason: { type: String },
  },
  { collection: 'sessions', timestamps: true },
);

sessionSchema.index({ userId: 1, revokedAt: 1 });
