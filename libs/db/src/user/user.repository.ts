import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Types, type FilterQuery, type Model } from 'mongoose';
import { isDuplicateKeyError } from '../connection/database-errors';
import type { AgencyScope } from '../tenancy/agency-scope';
import { importedProfileChanges, normalizedPerson, withLearnerMembership, type PersonByNip, type PersonUpsertResult } from './person-upsert';
import { escapeRegExp, normalizeForSearch } from './search-text';
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

  async findByIds(userIds: readonly string[]): Promise<UserRecord[]> {
    const documents = await this.users.find({ _id: { $in: userIds } }).lean<UserDocument[]>();
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

  async upsertPersonByNip(scope: AgencyScope, person: PersonByNip): Promise<PersonUpsertResult> {
    const [result] = await this.upsertPeopleByNip(scope, [person]);
    return result;
  }

  /**
   * Creates or updates people by NIP and makes each a learner in the scoped agency, keeping
   * their roles elsewhere. Idempotent: the same people again write nothing and come back
   * 'unchanged'. Costs one read per call, one insertMany for the new people and one write per
   * changed person, so callers pass batches (hundreds) of people with distinct NIPs.
   */
  async upsertPeopleByNip(scope: AgencyScope, given: readonly PersonByNip[]): Promise<PersonUpsertResult[]> {
    const people = given.map(normalizedPerson);
    if (new Set(people.map((person) => person.nip)).size !== people.length) throw new Error('upsertPeopleByNip needs distinct NIPs');
    const agencyId = new Types.ObjectId(scope.agencyId);
    const { byNip, emailOwners } = await this.knownPeople(people);
    const results = new Map<string, PersonUpsertResult>();
    const newPeople: PersonByNip[] = [];
    for (const person of people) {
      const current = byNip.get(person.nip);
      const owner = person.email ? emailOwners.get(person.email) : undefined;
      if (owner !== undefined && owner !== current?._id.toHexString()) results.set(person.nip, emailTaken(person));
      else if (current) results.set(person.nip, await this.updatePerson(agencyId, current, person));
      else newPeople.push(person);
    }
    for (const result of await this.createPeople(agencyId, newPeople)) results.set(result.nip, result);
    return people.map((person) => results.get(person.nip) as PersonUpsertResult);
  }

  /**
   * The users holding any of these NIPs, and who holds each of these emails, in one query:
   * FerretDB v1 scans the whole collection for every query whatever the indexes, so the number
   * of queries is what an import of thousands of rows costs.
   */
  private async knownPeople(people: readonly PersonByNip[]): Promise<{ byNip: Map<string, UserDocument>; emailOwners: Map<string, string> }> {
    if (people.length === 0) return { byNip: new Map(), emailOwners: new Map() };
    const nips = people.map((person) => person.nip);
    const emails = people.flatMap((person) => (person.email ? [person.email] : []));
    const filter: FilterQuery<UserDocument> = emails.length ? { $or: [{ nip: { $in: nips } }, { email: { $in: emails } }] } : { nip: { $in: nips } };
    const documents = await this.users.find(filter).lean<UserDocument[]>();
    const wanted = new Set(nips);
    return {
      byNip: new Map(documents.flatMap((document) => (document.nip && wanted.has(document.nip) ? [[document.nip, document] as const] : []))),
      emailOwners: new Map(documents.flatMap((document) => (document.email ? [[document.email, document._id.toHexString()] as const] : []))),
    };
  }

  private async updatePerson(agencyId: Types.ObjectId, current: UserDocument, person: PersonByNip): Promise<PersonUpsertResult> {
    const userId = current._id.toHexString();
    const changes = importedProfileChanges(current, person);
    const memberships = withLearnerMembership(current.memberships, agencyId);
    if (!changes && !memberships) return { nip: person.nip, outcome: 'unchanged', userId };
    const searchText = searchTextOf({ fullName: current.fullName, nip: current.nip, email: current.email, ...changes });
    try {
      // The whole memberships array is written back: FerretDB v1 has no positional array updates.
      await this.users.updateOne({ _id: current._id }, { $set: { ...changes, ...(memberships ? { memberships } : {}), searchText } });
    } catch (error) {
      // Another account took the email after it was checked.
      if (isDuplicateKeyError(error) && changes?.email) return emailTaken(person);
      throw error;
    }
    return { nip: person.nip, outcome: 'updated', userId };
  }

  private async createPeople(agencyId: Types.ObjectId, people: readonly PersonByNip[]): Promise<PersonUpsertResult[]> {
    if (people.length === 0) return [];
    // Ids chosen here, so that after a partial failure we can tell which people were inserted.
    const documents = people.map((person) => newPersonDocument(person, agencyId));
    try {
      await this.users.insertMany(documents, { ordered: false });
      return people.map((person, index) => created(person, documents[index]._id));
    } catch (error) {
      if (!isDuplicateKeyError(error)) throw error;
      // A concurrent writer took some of these NIPs or emails between our reads and this write
      // (FerretDB has no transactions; the unique indexes refused the duplicates). Keep what was
      // inserted and settle the rest one by one.
      const inserted = await this.users.find({ _id: { $in: documents.map((document) => document._id) } }, { _id: 1 }).lean<Pick<UserDocument, '_id'>[]>();
      const insertedIds = new Set(inserted.map((document) => document._id.toHexString()));
      const results: PersonUpsertResult[] = [];
      for (const [index, person] of people.entries()) {
        const document = documents[index];
        results.push(insertedIds.has(document._id.toHexString()) ? created(person, document._id) : await this.createOne(agencyId, document, person));
      }
      return results;
    }
  }

  private async createOne(agencyId: Types.ObjectId, document: NewPersonDocument, person: PersonByNip): Promise<PersonUpsertResult> {
    try {
      const inserted = await this.users.create(document);
      return created(person, inserted._id);
    } catch (error) {
      if (!isDuplicateKeyError(error)) throw error;
      const current = await this.users.findOne({ nip: person.nip }).lean<UserDocument>();
      return current ? this.updatePerson(agencyId, current, person) : emailTaken(person);
    }
  }
}

type NewPersonDocument = ReturnType<typeof newPersonDocument>;

function newPersonDocument(person: PersonByNip, agencyId: Types.ObjectId) {
  return {
    _id: new Types.ObjectId(),
    ...withoutNulls(person),
    memberships: [{ agencyId, role: 'learner' as const }],
    searchText: searchTextOf(person),
  };
}

function created(person: PersonByNip, userId: Types.ObjectId): PersonUpsertResult {
  return { nip: person.nip, outcome: 'created', userId: userId.toHexString() };
}

function emailTaken(person: PersonByNip): PersonUpsertResult {
  return { nip: person.nip, outcome: 'email_taken', email: person.email ?? '' };
}

function agencyFilter(scope: AgencyScope, search?: string): FilterQuery<UserDocument> {
  const filter: FilterQuery<UserDocument> = { 'memberships.agencyId': new Types.ObjectId(scope.agencyId) };
  const words = normalizeForSearch(search ?? '').split(' ').filter(Boolean);
  if (words.length) filter.$and = words.map((word) => ({ searchText: { $regex: escapeRegExp(word) } }));
  return filter;
}

function searchTextOf(user: Partial<UserProfile>): string {
  return normalizeForSearch([user.fullName, user.nip, user.email].filter(Boolean).join(' '));
}

function toMembershipDocument(membership: MembershipRecord) {
  return { agencyId: new Types.ObjectId(membership.agencyId), role: membership.role };
}

function withoutNulls<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== null && field !== undefined)) as Partial<T>;
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
