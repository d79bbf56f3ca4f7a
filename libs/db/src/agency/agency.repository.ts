import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Model } from 'mongoose';
import { AGENCY_MODEL, type AgencyDocument, type AgencyKind } from './agency.schema';

export interface AgencyRecord {
  id: string;
  code: string;
  name: string;
  kind: AgencyKind;
  region: string | null;
}

export interface NewAgency {
  code: string;
  name: string;
  kind: AgencyKind;
  region?: string;
}

@Injectable()
export class AgencyRepository {
  constructor(@InjectModel(AGENCY_MODEL) private readonly agencies: Model<AgencyDocument>) {}

  async findByIds(ids: readonly string[]): Promise<AgencyRecord[]> {
    const documents = await this.agencies.find({ _id: { $in: ids } }).lean<AgencyDocument[]>();
    return documents.map(toAgencyRecord);
  }

  async findByCode(code: string): Promise<AgencyRecord | null> {
    const document = await this.agencies.findOne({ code: code.toUpperCase() }).lean<AgencyDocument>();
    return document ? toAgencyRecord(document) : null;
  }

  async create(agency: NewAgency): Promise<AgencyRecord> {
    const document = await this.agencies.create(agency);
    return toAgencyRecord(document.toObject());
  }

  async findById(agencyId: string): Promise<AgencyRecord | null> {
    const document = await this.agencies.findById(agencyId).lean<AgencyDocument>();
    return document ? toAgencyRecord(document) : null;
  }

  /** Agencies in creation order, after `afterId` when given. */
  async list(limit: number, afterId?: string): Promise<AgencyRecord[]> {
    const filter = afterId ? { _id: { $gt: afterId } } : {};
    const documents = await this.agencies.find(filter).sort({ _id: 1 }).limit(limit).lean<AgencyDocument[]>();
    return documents.map(toAgencyRecord);
  }

  async count(): Promise<number> {
    return this.agencies.countDocuments();
  }
}

function toAgencyRecord(document: AgencyDocument): AgencyRecord {
  return {
    id: document._id.toHexString(),
    code: document.code,
    name: document.name,
    kind: document.kind,
    region: document.region ?? null,
  };
}
