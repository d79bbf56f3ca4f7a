import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Types, type Model } from 'mongoose';
import { SESSION_MODEL, type SessionDocument } from './session.schema';

export interface SessionRecord {
  id: string;
  userId: string;
  expiresAt: Date;
  revokedAt: Date | null;
}

export interface NewSession {
  userId: string;
  expiresAt: Date;
  userAgent?: string;
  ip?: string;
}

@Injectable()
export class SessionRepository {
  constructor(@InjectModel(SESSION_MODEL) private readonly sessions: Model<SessionDocument>) {}

  async create(session: NewSession): Promise<SessionRecord> {
    const document = await this.sessions.create({
      ...session,
      userId: new Types.ObjectId(session.userId),
      lastUsedAt: new Date(),
    });
    return toSessionRecord(document.toObject());
  }

  async findByIds(ids: readonly string[]): Promise<SessionRecord[]> {
    // One id (every signed-in request): `{ _id }` alone is what FerretDB v1 on SQLite looks up
    // without scanning the collection; `$in` is always a scan there.
    const filter = ids.length === 1 ? { _id: ids[0] } : { _id: { $in: ids } };
    const documents = await this.sessions.find(filter).lean<SessionDocument[]>();
    return documents.map(toSessionRecord);
  }

  async touch(sessionId: string, expiresAt: Date): Promise<void> {
    await this.sessions.updateOne({ _id: sessionId }, { $set: { lastUsedAt: new Date(), expiresAt } });
  }

  async revoke(sessionId: string, reason: string): Promise<void> {
    await this.sessions.updateOne({ _id: sessionId, revokedAt: null }, { $set: { revokedAt: new Date(), revokedReason: reason } });
  }

  /** Ends every open session of a user, except `keepSessionId` when given. */
  async revokeAllOfUser(userId: string, reason: string, keepSessionId?: string): Promise<number> {
    const filter: Record<string, unknown> = { userId: new Types.ObjectId(userId), revokedAt: null };
    if (keepSessionId) filter._id = { $ne: new Types.ObjectId(keepSessionId) };
    const result = await this.sessions.updateMany(filter, { $set: { revokedAt: new Date(), revokedReason: reason } });
    return result.modifiedCount;
  }
}

function toSessionRecord(document: SessionDocument): SessionRecord {
  return {
    id: document._id.toHexString(),
    userId: document.userId.toHexString(),
    expiresAt: document.expiresAt,
    revokedAt: document.revokedAt ?? null,
  };
}
