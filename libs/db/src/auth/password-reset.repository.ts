import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Types, type Model } from 'mongoose';
import { PASSWORD_RESET_MODEL, type PasswordResetDocument } from './password-reset.schema';

export interface PasswordResetRecord {
  id: string;
  userId: string;
  expiresAt: Date;
  usedAt: Date | null;
}

export interface NewPasswordReset {
  userId: string;
  agencyId?: string;
  issuedBy: string;
  tokenHash: string;
  expiresAt: Date;
}

@Injectable()
export class PasswordResetRepository {
  constructor(@InjectModel(PASSWORD_RESET_MODEL) private readonly resets: Model<PasswordResetDocument>) {}

  async create(reset: NewPasswordReset): Promise<void> {
    await this.resets.create({
      ...reset,
      userId: new Types.ObjectId(reset.userId),
      issuedBy: new Types.ObjectId(reset.issuedBy),
      agencyId: reset.agencyId ? new Types.ObjectId(reset.agencyId) : undefined,
    });
  }

  async findByHash(tokenHash: string): Promise<PasswordResetRecord | null> {
    const document = await this.resets.findOne({ tokenHash }).lean<PasswordResetDocument>();
    return document
      ? { id: document._id.toHexString(), userId: document.userId.toHexString(), expiresAt: document.expiresAt, usedAt: document.usedAt ?? null }
      : null;
  }

  async markUsed(resetId: string): Promise<void> {
    await this.resets.updateOne({ _id: resetId }, { $set: { usedAt: new Date() } });
  }
}
