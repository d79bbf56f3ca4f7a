import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Types, type Model } from 'mongoose';
import { JP_POLICY_MODEL, type JpPolicyDocument } from './jp-policy.schema';

export interface JpPolicyRecord {
  agencyId: string;
  minutesPerJp: number;
  yearlyTargetPns: number;
  yearlyTargetPppk: number;
  updatedAt: Date | null;
}

export type JpPolicyChange = Pick<JpPolicyRecord, 'minutesPerJp' | 'yearlyTargetPns' | 'yearlyTargetPppk'>;

export const DEFAULT_JP_POLICY: JpPolicyChange = { minutesPerJp: 45, yearlyTargetPns: 20, yearlyTargetPppk: 20 };

/** One JP policy per agency; an agency that never saved one has the defaults. */
@Injectable()
export class JpPolicyRepository {
  constructor(@InjectModel(JP_POLICY_MODEL) private readonly policies: Model<JpPolicyDocument>) {}

  async findForAgency(agencyId: string): Promise<JpPolicyRecord> {
    const document = await this.policies.findOne({ agencyId: new Types.ObjectId(agencyId) }).lean<JpPolicyDocument>();
    return document ? toJpPolicyRecord(document) : { agencyId, ...DEFAULT_JP_POLICY, updatedAt: null };
  }

  async findForAgencies(agencyIds: readonly string[]): Promise<Map<string, JpPolicyRecord>> {
    const documents = await this.policies.find({ agencyId: { $in: agencyIds.map((id) => new Types.ObjectId(id)) } }).lean<JpPolicyDocument[]>();
    const found = new Map(documents.map((document) => [document.agencyId.toHexString(), toJpPolicyRecord(document)]));
    return new Map(agencyIds.map((id) => [id, found.get(id) ?? { agencyId: id, ...DEFAULT_JP_POLICY, updatedAt: null }]));
  }

  /** Upsert, then read (FerretDB v1: no projection on findOneAndUpdate; the unique index keeps it one). */
  async save(agencyId: string, change: JpPolicyChange, updatedBy: string): Promise<JpPolicyRecord> {
    await this.policies.updateOne(
      { agencyId: new Types.ObjectId(agencyId) },
      { $set: { ...change, updatedBy: new Types.ObjectId(updatedBy) } },
      { upsert: true },
    );
    return this.findForAgency(agencyId);
  }
}

function toJpPolicyRecord(document: JpPolicyDocument): JpPolicyRecord {
  return {
    agencyId: document.agencyId.toHexString(),
    minutesPerJp: document.minutesPerJp,
    yearlyTargetPns: document.yearlyTargetPns,
    yearlyTargetPppk: document.yearlyTargetPppk,
    updatedAt: document.updatedAt ?? null,
  };
}
