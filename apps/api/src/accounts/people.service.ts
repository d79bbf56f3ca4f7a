import { Injectable } from '@nestjs/common';
import { normalizeNip, parseNip } from '@lentera/asn';
import { UserRepository, isDuplicateKeyError, isValidId, type AgencyRole, type AgencyScope, type NewUser, type UserRecord } from '@lentera/db';
import { DomainError, ErrorCode } from '@lentera/errors';
import type { Actor } from '../auth/actor';
import { personNotFound } from '../auth/password-reset.service';
import { assertPageSize, decodeIdCursor, idConnection } from '../graphql/pagination';
import { toUserModel } from './user.mapper';
import type { UserConnection } from './user.model';

export interface NewPerson extends Omit<NewUser, 'memberships' | 'passwordHash' | 'isSuperAdmin'> {
  roles: AgencyRole[];
}

/** An agency's people: every method works inside one agency's scope. */
@Injectable()
export class PeopleService {
  constructor(private readonly users: UserRepository) {}

  async list(scope: AgencyScope, first: number, after?: string | null, search?: string | null): Promise<UserConnection> {
    assertPageSize(first);
    const query = { search: search ?? undefined };
    const [page, totalCount] = await Promise.all([
      this.users.listInAgency(scope, { ...query, limit: first + 1, afterId: decodeIdCursor(after) }),
      this.users.countInAgency(scope, query.search),
    ]);
    return idConnection(page, first, totalCount, toUserModel);
  }

  /**
   * Adds a person to the agency. Someone already known by NIP (an ASN onboarded by another
   * agency) keeps their profile and gains roles here, as one person holds roles in several.
   */
  async add(scope: AgencyScope, person: NewPerson): Promise<UserRecord> {
    const nip = person.nip ? validNip(person.nip) : undefined;
    if (!nip && !person.email) {
      throw new DomainError(ErrorCode.BadUserInput, { id: 'Isi email atau NIP agar orang ini dapat masuk.', en: 'Give an email or a NIP so this person can sign in.' });
    }
    const existing = nip ? await this.users.findByNip(nip) : null;
    if (existing) return this.addRoles(scope, existing, person.roles);
    try {
      const { roles, ...profile } = person;
      return await this.users.create({ ...profile, nip, memberships: roles.map((role) => ({ agencyId: scope.agencyId, role })) });
    } catch (error) {
      if (!isDuplicateKeyError(error)) throw error;
      throw new DomainError(ErrorCode.Conflict, { id: 'Email ini sudah dipakai akun lain.', en: 'This email already belongs to another account.' }, { field: 'email' });
    }
  }

  async setRoles(actor: Actor, scope: AgencyScope, userId: string, roles: AgencyRole[]): Promise<UserRecord> {
    if (userId === actor.userId && !actor.isSuperAdmin && !roles.includes('admin')) {
      throw new DomainError(ErrorCode.BadUserInput, {
        id: 'Anda tidak dapat mencabut peran admin Anda sendiri; minta admin lain melakukannya.',
        en: 'You cannot remove your own admin role; ask another admin.',
      });
    }
    // Only people already in this agency: an id from elsewhere must not be pulled in.
    const member = isValidId(userId) ? await this.users.findInAgency(scope, userId) : null;
    const updated = member ? await this.users.setRolesInAgency(scope, member.id, roles) : null;
    if (!updated) throw personNotFound();
    return updated;
  }

  private async addRoles(scope: AgencyScope, user: UserRecord, roles: AgencyRole[]): Promise<UserRecord> {
    const current = user.memberships.filter((membership) => membership.agencyId === scope.agencyId).map((membership) => membership.role);
    const updated = await this.users.setRolesInAgency(scope, user.id, [...current, ...roles]);
    return updated ?? user;
  }
}

function validNip(input: string): string {
  const result = parseNip(normalizeNip(input));
  if (!result.ok) throw new DomainError(ErrorCode.BadUserInput, result.message, { field: 'nip', problem: result.problem });
  return result.value.nip;
}
