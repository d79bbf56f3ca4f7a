import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Types, type Model } from 'mongoose';
import { USER_MODEL, type AgencyRole, type UserDocument } from './user.schema';

export interface MembershipRecord {
  agencyId: string;
  role: AgencyRole;
}

export interface UserRecord {
  id: string;
  email: string;
  fullName: string;
  isSuperAdmin: boolean;
  memberships: MembershipRecord[];
}

export interface NewUser {
  email: string;
  passwordHash: string;
  fullName: string;
  isSuperAdmin?: boolean;
  memberships?: MembershipRecord[];
}

@Injectable()
export class UserRepository {
  constructor(@InjectModel(USER_MODEL) private readonly users: Model<UserDocument>) {}

  async create(user: NewUser): Promise<UserRecord> {
    const document = await this.users.create({
      ...user,
      memberships: (user.memberships ?? []).map((membership) => ({
        agencyId: new Types.ObjectId(membership.agencyId),
        role: membership.role,
      })),
    });
    return toUserRecord(document.toObject());
  }

  async findByEmail(email: string): Promise<UserRecord | null> {
    const document = await this.users.findOne({ email: email.trim().toLowerCase() }).lean<UserDocument>();
    return document ? toUserRecord(document) : null;
  }

  async count(): Promise<number> {
    return this.users.countDocuments();
  }
}

function toUserRecord(document: UserDocument): UserRecord {
  return {
    id: document._id.toHexString(),
    email: document.email,
    fullName: document.fullName,
    isSuperAdmin: document.isSuperAdmin,
    memberships: document.memberships.map((membership) => ({
      agencyId: membership.agencyId.toHexString(),
      role: membership.role,
    })),
  };
}
