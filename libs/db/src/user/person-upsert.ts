import type { Types } from 'mongoose';
import type { EmploymentType, MembershipDocument, UserDocument } from './user.schema';

/** A person as a personnel file describes them, keyed by NIP. Null means "the file does not say". */
export interface PersonByNip {
  nip: string;
  fullName: string;
  email: string | null;
  workUnit: string | null;
  position: string | null;
  rankGrade: string | null;
  employmentType: EmploymentType;
}

export type PersonUpsertResult =
  | { nip: string; outcome: 'created' | 'updated' | 'unchanged'; userId: string }
  /** The email belongs to another account; nothing was written for this person. */
  | { nip: string; outcome: 'email_taken'; email: string };

/** Trimmed, empty text as null and the email lower-cased, as the schema stores them, so comparisons hold. */
export function normalizedPerson(person: PersonByNip): PersonByNip {
  const text = (value: string | null) => value?.trim() || null;
  return {
    nip: person.nip.trim(),
    fullName: person.fullName.trim(),
    email: text(person.email)?.toLowerCase() ?? null,
    workUnit: text(person.workUnit),
    position: text(person.position),
    rankGrade: text(person.rankGrade),
    employmentType: person.employmentType,
  };
}

/** The profile fields a personnel file owns; phone, password and agency of origin are the person's own. */
const importedFields = ['fullName', 'email', 'workUnit', 'position', 'rankGrade', 'employmentType'] as const;
type ImportedField = (typeof importedFields)[number];

export type ImportedProfileChanges = Partial<Pick<UserDocument, ImportedField>>;

/**
 * The fields whose value the file changes. An empty cell leaves the stored value alone: an
 * export without an email column must not erase the address people sign in with.
 */
export function importedProfileChanges(current: UserDocument, person: PersonByNip): ImportedProfileChanges | null {
  const changes: Record<string, string> = {};
  for (const field of importedFields) {
    const value = person[field];
    if (value !== null && value !== (current[field] ?? null)) changes[field] = value;
  }
  return Object.keys(changes).length ? (changes as ImportedProfileChanges) : null;
}

/** The memberships with a learner role in `agencyId` added, or null when the person already has it. */
export function withLearnerMembership(memberships: readonly MembershipDocument[], agencyId: Types.ObjectId): MembershipDocument[] | null {
  const isLearnerThere = memberships.some((membership) => membership.role === 'learner' && membership.agencyId.equals(agencyId));
  return isLearnerThere ? null : [...memberships, { agencyId, role: 'learner' }];
}
