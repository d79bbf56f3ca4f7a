import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Types, type Model } from 'mongoose';
import { REFRESH_TOKEN_MODEL, type RefreshTokenDocument } from './refresh-token.schema';

export interface RefreshTokenRecord {
  id: string;
  sessionId: string;
  userId: string;
  expiresAt: Date;
}

export interface NewRefreshToken {
  sessionId: string;
  userId: string;
  tokenHash: string;
  expiresAt: Date;
}

@Injectable()
export class RefreshTokenRepository {
  constructor(@InjectModel(REFRESH_TOKEN_MODEL) private readonly tokens: Model<RefreshTokenDocument>) {}

  async create(token: NewRefreshToken): Promise<void> {
    await this.tokens.create({
      ...token,
      sessionId: new Types.ObjectId(token.sessionId),
      userId: new Types.ObjectId(token.userId),
    });
  }

  async findByHash(tokenHash: string): Promise<RefreshTokenRecord | null> {
    const document = await this.tokens.findOne({ tokenHash }).lean<RefreshTokenDocument>();
    return document
      ? {
          id: document._id.toHexString(),
          sessionId: document.sessionId.toHexString(),
          userId: document.userId.toHexString(),
          expiresAt: document.expiresAt,
        }
      : null;
  }
}
