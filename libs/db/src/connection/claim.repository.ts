import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Model } from 'mongoose';
import { CLAIM_MODEL, type ClaimDocument } from './claim.schema';
import { isDuplicateKeyError } from './database-errors';

@Injectable()
export class ClaimRepository {
  constructor(@InjectModel(CLAIM_MODEL) private readonly claims: Model<ClaimDocument>) {}

  /** True for the first caller to claim `key`, false for every later one, even concurrent. */
  async claim(key: string): Promise<boolean> {
    try {
      await this.claims.create({ _id: key, claimedAt: new Date() });
      return true;
    } catch (error) {
      if (isDuplicateKeyError(error)) return false;
      throw error;
    }
  }
}
