import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Model } from 'mongoose';
import { isDuplicateKeyError } from '../connection/database-errors';
import { CERTIFICATE_NUMBER_MODEL, type CertificateNumberDocument } from './certificate-number.schema';

export interface CertificateNumberRecord {
  certificateId: string;
  agencyId: string;
  scope: string;
  sequence: number;
  number: string;
}

export type TakeNumberResult = { taken: CertificateNumberRecord } | { lost: true };

@Injectable()
export class CertificateNumberRepository {
  constructor(@InjectModel(CERTIFICATE_NUMBER_MODEL) private readonly numbers: Model<CertificateNumberDocument>) {}

  async findByCertificate(certificateId: string): Promise<CertificateNumberRecord | null> {
    const document = await this.numbers.findOne({ certificateId }).lean<CertificateNumberDocument>();
    return document ? toNumberRecord(document) : null;
  }

  /** The highest sequence taken in a scope (0 when none). */
  async maxSequence(scope: string): Promise<number> {
    const [document] = await this.numbers.find({ scope }, { sequence: 1 }).sort({ sequence: -1 }).limit(1).lean<Pick<CertificateNumberDocument, 'sequence'>[]>();
    return document?.sequence ?? 0;
  }

  /**
   * Takes the number for the certificate: `taken` with the certificate's number (this one, or
   * the one an earlier or concurrent run took for it), or `lost` when another certificate has
   * that sequence or number: take the next.
   */
  async take(slot: CertificateNumberRecord): Promise<TakeNumberResult> {
    try {
      await this.numbers.create({ _id: `${slot.scope}|${slot.sequence}`, ...slot, numberKey: `${slot.agencyId}|${slot.number}` });
      return { taken: slot };
    } catch (error) {
      if (!isDuplicateKeyError(error)) throw error;
      const own = await this.findByCertificate(slot.certificateId);
      return own ? { taken: own } : { lost: true };
    }
  }
}

function toNumberRecord(document: CertificateNumberDocument): CertificateNumberRecord {
  return { certificateId: document.certificateId, agencyId: document.agencyId, scope: document.scope, sequence: document.sequence, number: document.number };
}
