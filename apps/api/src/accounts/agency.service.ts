import { Injectable } from '@nestjs/common';
import { AgencyRepository, isDuplicateKeyError, type AgencyRecord, type NewAgency } from '@lentera/db';
import { DomainError, ErrorCode } from '@lentera/errors';
import type { Actor } from '../auth/actor';
import { assertPageSize, decodeIdCursor, idConnection } from '../graphql/pagination';
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
      return idConnection(own, own.length, own.length, toAgencyModel);
    }
    const [page, total] = await Promise.all([this.agencies.list(first + 1, decodeIdCursor(after)), this.agencies.count()]);
    return idConnection(page, first, total, toAgencyModel);
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
