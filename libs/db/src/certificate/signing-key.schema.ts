import { Schema, type Types } from 'mongoose';

export const SIGNING_KEY_MODEL = 'AgencySigningKey';

export const signingKeyStatuses = ['active', 'retired'] as const;
export type SigningKeyStatus = (typeof signingKeyStatuses)[number];

/**
 * An agency's Ed25519 certificate key. The private half is sealed (AES-256-GCM under a key derived
 * from CERTIFICATE_KEY_SECRET, see @lentera/certificates); the public half is published for offline
 * checks. A rotated key is retired, never deleted: what it signed still verifies.
 */
export interface SigningKeyDocument {
  _id: Types.ObjectId;
  agencyId: Types.ObjectId;
  keyId: string;
  publicKeyPem: string;
  sealedPrivateKey: { sealed: string; scheme: string };
  status: SigningKeyStatus;
  /**
   * The agency's id while the key is active, absent once retired: a unique sparse index on it
   * is what keeps one active key per agency when two rotations (or a first issue and a
   * rotation) race, since FerretDB does not lock a document between a read and a write.
   */
  activeFor?: string;
  activatedAt: Date;
  retiredAt?: Date;
  createdAt: Date;
  updatedAt: Date;
}

export const signingKeySchema = new Schema<SigningKeyDocument>(
  {
    agencyId: { type: Schema.Types.ObjectId, required: true },
    keyId: { type: String, required: true },
    publicKeyPem: { type: String, required: true },
    sealedPrivateKey: {
      type: new Schema({ sealed: { type: String, required: true }, scheme: { type: String, required: true } }, { _id: false }),
      required: true,
    },
    status: { type: String, required: true, enum: signingKeyStatuses },
    activeFor: { type: String },
    activatedAt: { type: Date, required: true },
    retiredAt: { type: Date },
  },
  { collection: 'agency_signing_keys', timestamps: true },
);

signingKeySchema.index({ keyId: 1 }, { unique: true });
signingKeySchema.index({ activeFor: 1 }, { unique: true, sparse: true });
signingKeySchema.index({ agencyId: 1, activatedAt: -1 });
