import { Injectable } from '@nestjs/common';
import { AgencyRepository, isDuplicateKeyError, isValidId, type AgencyRecord, type NewAgency } from '@lentera/db';
import { DomainError, ErrorCode } from '@lentera/errors';
import type { Actor } from '../auth/actor';
import { assertPageSize, decodeCursor, encodeCursor } from '../graphql/pagination';
import { toAgencyModel } from '../catalogue/course.mapper';
import type { AgencyConnection } from './user.model';

@Injectable()
export class AgencyService {
  constructor(private readonly agencies: AgencyRepository) {}

  /** The super admin sees every agency; others see the agencies they hold a role in. */
  async listFor(actor: Actor, first: number, after?: string | null): Promise<AgencyConnection> {
    assertPageSize(first);
    if (!actor.isSuperAdmin) {
      const own = await this.agencies.findByIds([...new Set(actor.memberships.map((membership) => membership.agencyId))]);
      return connectionOf(own, own.length, false);
    }
    const afterId = after ? decodeCursor(after, ['i'] as const).i : undefined;
    if (afterId !== undefined && !isValidId(afterId)) throw new DomainError(ErrorCode.BadUserInput, { id: 'Penanda halaman tidak valid.', en: 'The page cursor is not valid.' });
    const [page, total] = await Promise.all([this.agencies.list(first + 1, afterId), this.agencies.count()]);
    return connectionOf(page.slice(0, first), total, page.length > first);
  }

  async create(agency: NewAgency): Promise<AgencyRecord> {
    try {
      return await this.agencies.create(agency);
    } catch (error) {
      if (!isDuplicateKeyError(error)) throw error;
      throw new DomainError(
        ErrorCode.Conflict,
        { id: `Kode instansi ${agency.code.toUpperCase()} sudah dipakai.`, en: `Agency code ${agency.code.toUpperCase()} is already taken.` },
        { field: 'code' },
      );
    }
  }
}

function connectionOf(agencies: AgencyRecord[], totalCount: number, hasNextPage: boolean): AgencyConnection {
  const edges = agencies.map((agency) => ({ cursor: encodeCursor({ i: agency.id }), node: toAgencyModel(agency) }));
  return { edges, pageInfo: { hasNextPage, endCursor: edges.at(-1)?.cursor ?? null }, totalCount };
}
