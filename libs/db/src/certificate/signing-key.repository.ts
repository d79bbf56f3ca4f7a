import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Types, type Model } from 'mongoose';
import { isDuplicateKeyError } from '../connection/database-errors';
import { SIGNING_KEY_MODEL, type SigningKeyDocument, type SigningKeyStatus } from './signing-key.schema';

export interface SigningKeyRecord {
  id: string;
  agencyId: string;
  keyId: string;
  publicKeyPem: string;
  sealedPrivateKey: { sealed: string; scheme: string };
  status: SigningKeyStatus;
  activatedAt: Date;
  retiredAt: Date | null;
}

export interface NewSigningKey {
  agencyId: string;
  keyId: string;
  publicKeyPem: string;
  sealedPrivateKey: { sealed: string; scheme: string };
}

@Injectable()
export class SigningKeyRepository {
  constructor(@InjectModel(SIGNING_KEY_MODEL) private readonly keys: Model<SigningKeyDocument>) {}

  async findActive(agencyId: string): Promise<SigningKeyRecord | null> {
    const document = await this.keys.findOne({ activeFor: agencyId }).lean<SigningKeyDocument>();
    return document ? toSigningKeyRecord(document) : null;
  }

  async findByKeyId(keyId: string): Promise<SigningKeyRecord | null> {
    const document = await this.keys.findOne({ keyId }).lean<SigningKeyDocument>();
    return document ? toSigningKeyRecord(document) : null;
  }

  /** Every key the agency has had, newest first (the active one and the retired ones). */
  async findByAgency(agencyId: string): Promise<SigningKeyRecord[]> {
    const documents = await this.keys.find({ agencyId: new Types.ObjectId(agencyId) }).sort({ activatedAt: -1 }).lean<SigningKeyDocument[]>();
    return documents.map(toSigningKeyRecord);
  }

  /**
   * Stores the key as the agency's active one, or returns null when the agency already has an
   * active key (the unique index on activeFor): the caller then uses that one.
   */
  async insertActive(key: NewSigningKey, now: Date): Promise<SigningKeyRecord | null> {
    try {
      const document = await this.keys.create({
        ...key,
        agencyId: new Types.ObjectId(key.agencyId),
        status: 'active',
        activeFor: key.agencyId,
        activatedAt: now,
      });
      return toSigningKeyRecord(document.toObject());
    } catch (error) {
      if (isDuplicateKeyError(error)) return null;
      throw error;
    }
  }

  /** Retires the key (it keeps verifying what it signed); false when it was not the active one. */
  async retire(id: string, now: Date): Promise<boolean> {
    const result = await this.keys.updateOne({ _id: new Types.ObjectId(id), status: 'active' }, { $set: { status: 'retired', retiredAt: now }, $unset: { activeFor: '' } });
    return result.modifiedCount === 1;
  }
}

function toSigningKeyRecord(document: SigningKeyDocument): SigningKeyRecord {
  return {
    id: document._id.toHexString(),
    agencyId: document.agencyId.toHexString(),
    keyId: document.keyId,
    publicKeyPem: document.publicKeyPem,
    sealedPrivateKey: { sealed: document.sealedPrivateKey.sealed, scheme: document.sealedPrivateKey.scheme },
    status: document.status,
    activatedAt: document.activatedAt,
    retiredAt: document.retiredAt ?? null,
  };
}
