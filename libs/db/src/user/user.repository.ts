import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Types, type FilterQuery, type Model } from 'mongoose';
import type { AgencyScope } from '../tenancy/agency-scope';
import { escapeRegExp, normalizeForSearch, searchTextOf, withoutNulls } from './search-text';
import { USER_MODEL, type AgencyRole, type EmploymentType, type UserDocument } from './user.schema';

export interface MembershipRecord {
  agencyId: string;
  role: AgencyRole;
}

export interface UserProfile {
  fullName: string;
  email: string | null;
  nip: string | null;
  phone: string | null;
  employmentType: EmploymentType | null;
  workUnit: string | null;
  position: string | null;
  rankGrade: string | null;
  agencyOfOrigin: string | null;
}

export interface UserRecord extends UserProfile {
  id: string;
  isSuperAdmin: boolean;
  memberships: MembershipRecord[];
  hasPassword: boolean;
}

export interface NewUser extends Partial<UserProfile> {
  fullName: string;
  passwordHash?: string;
  isSuperAdmin?: boolean;
  memberships?: MembershipRecord[];
}

export type ProfileChanges = Partial<Omit<UserProfile, 'email' | 'nip'>>;

export interface UserCredentials {
  user: UserRecord;
  passwordHash: string | null;
}

export interface UserPageQuery {
  limit: number;
  afterId?: string;
  search?: string;
}

const profileFields = ['fullName', 'email', 'nip', 'phone', 'employmentType', 'workUnit', 'position', 'rankGrade', 'agencyOfOrigin'] as const;

@Injectable()
export class UserRepository {
  constructor(@InjectModel(USER_MODEL) private readonly users: Model<UserDocument>) {}

  async create(user: NewUser): Promise<UserRecord> {
    const document = await this.users.create({
      ...withoutNulls(user),
      memberships: (user.memberships ?? []).map(toMembershipDocument),
      searchText: searchTextOf(user),
      passwordChangedAt: user.passwordHash ? new Date() : undefined,
    });
    return toUserRecord(document.toObject());
  }

  async findById(userId: string): Promise<UserRecord | null> {
    const document = await this.users.findById(userId).lean<UserDocument>();
    return document ? toUserRecord(document) : null;
  }

  /** Several users at once (one query, for a DataLoader); unknown ids are left out. */
  async findByIds(userIds: readonly string[]): Promise<UserRecord[]> {
    if (userIds.length === 0) return [];
    const documents = await this.users.find({ _id: { $in: userIds.map((id) => new Types.ObjectId(id)) } }).lean<UserDocument[]>();
    return documents.map(toUserRecord);
  }

  async findByEmail(email: string): Promise<UserRecord | null> {
    const document = await this.users.findOne({ email: email.trim().toLowerCase() }).lean<UserDocument>();
    return document ? toUserRecord(document) : null;
  }

  async findByNip(nip: string): Promise<UserRecord | null> {
    const document = await this.users.findOne({ nip }).lean<UserDocument>();
    return document ? toUserRecord(document) : null;
  }

  /** The user behind an email or a NIP, with the password hash that only sign-in may see. */
  async findCredentials(identifier: { email: string } | { nip: string }): Promise<UserCredentials | null> {
    const filter = 'email' in identifier ? { email: identifier.email.trim().toLowerCase() } : { nip: identifier.nip };
    const document = await this.users.findOne(filter).lean<UserDocument>();
    return document ? { user: toUserRecord(document), passwordHash: document.passwordHash ?? null } : null;
  }

  async findPasswordHash(userId: string): Promise<string | null> {
    const document = await this.users.findById(userId, { passwordHash: 1 }).lean<Pick<UserDocument, 'passwordHash'>>();
    return document?.passwordHash ?? null;
  }

  async setPassword(userId: string, passwordHash: string): Promise<void> {
    await this.users.updateOne({ _id: userId }, { $set: { passwordHash, passwordChangedAt: new Date() } });
  }

  async updateProfile(userId: string, changes: ProfileChanges): Promise<UserRecord | null> {
    const current = await this.findById(userId);
    if (!current) return null;
    const next = { ...current, ...changes };
    const { set, unset } = splitNulls(changes);
    await this.users.updateOne({ _id: userId }, { $set: { ...set, searchText: searchTextOf(next) }, ...(unset ? { $unset: unset } : {}) });
    return this.findById(userId);
  }

  /** People with any role in the scoped agency, by creation order, optionally matching words. */
  async listInAgency(scope: AgencyScope, query: UserPageQuery): Promise<UserRecord[]> {
    const filter = agencyFilter(scope, query.search);
    if (query.afterId) filter._id = { $gt: new Types.ObjectId(query.afterId) };
    const documents = await this.users.find(filter).sort({ _id: 1 }).limit(query.limit).lean<UserDocument[]>();
    return documents.map(toUserRecord);
  }

  async countInAgency(scope: AgencyScope, search?: string): Promise<number> {
    return this.users.countDocuments(agencyFilter(scope, search));
  }

  async findInAgency(scope: AgencyScope, userId: string): Promise<UserRecord | null> {
    const document = await this.users
      .findOne({ _id: userId, 'memberships.agencyId': new Types.ObjectId(scope.agencyId) })
      .lean<UserDocument>();
    return document ? toUserRecord(document) : null;
  }

  /**
   * Replaces the user's roles in the scoped agency, keeping roles elsewhere. The whole array
   * is read, changed and written back: FerretDB v1 has no positional or filtered array updates.
   */
  async setRolesInAgency(scope: AgencyScope, userId: string, roles: readonly AgencyRole[]): Promise<UserRecord | null> {
    const user = await this.findById(userId);
    if (!user) return null;
    const memberships = [
      ...user.memberships.filter((membership) => membership.agencyId !== scope.agencyId),
      ...[...new Set(roles)].map((role) => ({ agencyId: scope.agencyId, role })),
    ];
    await this.users.updateOne({ _id: userId }, { $set: { memberships: memberships.map(toMembershipDocument) } });
    return this.findById(userId);
  }

  async count(): Promise<number> {
    return this.users.countDocuments();
  }

  // ---- learning: who an assignment reaches, and searching a course's learners

  /** Those of these users who belong to the scoped agency (one query). */
  async findInAgencyByIds(scope: AgencyScope, userIds: readonly string[]): Promise<UserRecord[]> {
    if (userIds.length === 0) return [];
    const documents = await this.users
      .find({ _id: { $in: userIds.map((id) => new Types.ObjectId(id)) }, 'memberships.agencyId': new Types.ObjectId(scope.agencyId) })
      .lean<UserDocument[]>();
    return documents.map(toUserRecord);
  }

  /** The people of the scoped agency holding these (normalized) NIPs (one query). */
  async findInAgencyByNips(scope: AgencyScope, nips: readonly string[]): Promise<UserRecord[]> {
    if (nips.length === 0) return [];
    const documents = await this.users
      .find({ nip: { $in: [...nips] }, 'memberships.agencyId': new Types.ObjectId(scope.agencyId) })
      .lean<UserDocument[]>();
    return documents.map(toUserRecord);
  }

  /** The people of the scoped agency in a work unit, by its exact name in any case; at most `limit`. */
  async findInAgencyByWorkUnit(scope: AgencyScope, workUnit: string, limit: number): Promise<UserRecord[]> {
    const documents = await this.users
      // FerretDB has no collation indexes: an anchored, case-insensitive regex is the exact match.
      .find({ 'memberships.agencyId': new Types.ObjectId(scope.agencyId), workUnit: { $regex: `^${escapeRegExp(workUnit.trim())}$`, $options: 'i' } })
      .sort({ _id: 1 })
      .limit(limit)
      .lean<UserDocument[]>();
    return documents.map(toUserRecord);
  }

  /** The work units named in the scoped agency's profiles, each once whatever its case, A–Z. */
  async workUnitsInAgency(scope: AgencyScope): Promise<string[]> {
    const names = (await this.users.distinct('workUnit', { 'memberships.agencyId': new Types.ObjectId(scope.agencyId) })) as unknown[];
    const byKey = new Map<string, string>();
    for (const name of names) {
      if (typeof name === 'string' && name.trim() && !byKey.has(name.trim().toLowerCase())) byKey.set(name.trim().toLowerCase(), name.trim());
    }
    return [...byKey.values()].sort((a, b) => a.localeCompare(b, 'id', { sensitivity: 'base' }));
  }

  /**
   * Those of `amongIds` whose name, NIP or email match every word of `search`, ids only: callers
   * pass people they may already list (e.g. a course's learners) and filter their own records.
   */
  async findIdsMatchingSearch(search: string, amongIds: readonly string[]): Promise<string[]> {
    if (amongIds.length === 0) return [];
    const filter: FilterQuery<UserDocument> = { _id: { $in: amongIds.map((id) => new Types.ObjectId(id)) } };
    const words = normalizeForSearch(search).split(' ').filter(Boolean);
    if (words.length) filter.$and = words.map((word) => ({ searchText: { $regex: escapeRegExp(word) } }));
    const documents = await this.users.find(filter, { _id: 1 }).lean<Pick<UserDocument, '_id'>[]>();
    return documents.map((document) => document._id.toHexString());
  }
}

function agencyFilter(scope: AgencyScope, search?: string): FilterQuery<UserDocument> {
  const filter: FilterQuery<UserDocument> = { 'memberships.agencyId': new Types.ObjectId(scope.agencyId) };
  const words = normalizeForSearch(search ?? '').split(' ').filter(Boolean);
  if (words.length) filter.$and = words.map((word) => ({ searchText: { $regex: escapeRegExp(word) } }));
  return filter;
}

function toMembershipDocument(membership: MembershipRecord) {
  return { agencyId: new Types.ObjectId(membership.agencyId), role: membership.role };
}

/** `null` in a change means "clear this field". */
function splitNulls(changes: ProfileChanges): { set: Record<string, unknown>; unset: Record<string, ''> | null } {
  const set: Record<string, unknown> = {};
  const unset: Record<string, ''> = {};
  for (const [field, value] of Object.entries(changes)) {
    if (value === undefined) continue;
    if (value === null || value === '') unset[field] = '';
    else set[field] = value;
  }
  return { set, unset: Object.keys(unset).length ? unset : null };
}

function toUserRecord(document: UserDocument): UserRecord {
  const profile = Object.fromEntries(profileFields.map((field) => [field, document[field] ?? null])) as unknown as UserProfile;
  return {
    id: document._id.toHexString(),
    ...profile,
    isSuperAdmin: document.isSuperAdmin,
    hasPassword: Boolean(document.passwordHash),
    memberships: document.memberships.map((membership) => ({
      agencyId: membership.agencyId.toHexString(),
      role: membership.role,
    })),
  };
}
