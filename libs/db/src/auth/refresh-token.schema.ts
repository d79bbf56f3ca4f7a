import { Schema, type Types } from 'mongoose';

export const REFRESH_TOKEN_MODEL = 'RefreshToken';

/** One refresh token of a session's family; only its SHA-256 is stored. */
export interface RefreshTokenDocument {
  _id: Types.ObjectId;
  sessionId: Types.ObjectId;
  userId: Types.ObjectId;
  tokenHash: string;
  expiresAt: Date;
  createdAt: Date;
}

export const refreshTokenSchema = new Schema<RefreshTokenDocument>(
  {
    sessionId: { type: Schema.Types.ObjectId, required: true },
    userId: { type: Schema.Types.ObjectId, required: true },
    tokenHash: { type: String, required: true },
    expiresAt: { type: Date, required: true },
  },
  { collection: 'refresh_tokens', timestamps: { createdAt: true, updatedAt: false } },
);

refreshTokenSchema.index({ tokenHash: 1 }, { unique: true });
refreshTokenSchema.index({ sessionId: 1 });
