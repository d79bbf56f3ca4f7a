import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Types, type FilterQuery, type Model } from 'mongoose';
import { isDuplicateKeyError } from '../connection/database-errors';
import type { AgencyScope } from '../tenancy/agency-scope';
import { importedProfileChanges, normalizedPerson, withLearnerMembership, type PersonByNip, type PersonUpsertResult } from './person-upsert';
import { searchTextOf, withoutNulls } from './search-text';
import { USER_MODEL, type UserDocument } from './user.schema';

/** Bulk onboarding: people from an agency's personnel file, matched by NIP. */
@Injectable()
export class PersonImportRepository {
  constructor(@InjectModel(USER_MODEL) private readonly users: Model<UserDocument>) {}

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
