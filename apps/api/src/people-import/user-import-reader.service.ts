import { jakartaDate } from '@lentera/asn';
import { Injectable } from '@nestjs/common';
import { isValidId, UserImportRepository, type AgencyScope, type UserImportRecord } from '@lentera/db';
import { hasPermission, type Actor } from '../auth/actor';
import { AgencyAccess } from '../auth/agency-access';
import { Permission } from '../auth/permissions';
import { assertPageSize } from '../graphql/pagination';
import { errorReportCsv } from './error-report-csv';
import { importNotFound, invalidImportId } from './people-import.errors';

export interface ErrorReport {
  fileName: string;
  content: Buffer;
}

/** Reading imports: each one is checked against the agency it belongs to before anything else is read. */
@Injectable()
export class UserImportReader {
  constructor(
    private readonly imports: UserImportRepository,
    private readonly access: AgencyAccess,
  ) {}

  /** Null both when the import does not exist and when the actor may not import into its agency: its existence is not revealed. */
  async findVisible(actor: Actor, importId: string): Promise<UserImportRecord | null> {
    if (!isValidId(importId)) throw invalidImportId();
    const agencyId = await this.imports.findAgencyIdOf(importId);
    if (!agencyId || !hasPermission(actor, Permission.ImportPeople, agencyId)) return null;
    return this.imports.findInAgency(this.access.scope(actor, Permission.ImportPeople, agencyId), importId);
  }

  /** Newest first. */
  list(scope: AgencyScope, first: number): Promise<UserImportRecord[]> {
    assertPageSize(first);
    return this.imports.listInAgency(scope, first);
  }

  /** Every stored problem as a CSV; FORBIDDEN for someone who may not import into the import's agency. */
  async errorReport(actor: Actor, importId: string): Promise<ErrorReport> {
    const agencyId = isValidId(importId) ? await this.imports.findAgencyIdOf(importId) : null;
    if (!agencyId) throw importNotFound();
    const scope = this.access.scope(actor, Permission.ImportPeople, agencyId);
    const [userImport, problems] = await Promise.all([this.imports.findInAgency(scope, importId), this.imports.findProblems(scope, importId)]);
    if (!userImport || !problems) throw importNotFound();
    return { fileName: `galat-impor-${jakartaDate(userImport.createdAt)}.csv`, content: errorReportCsv(problems) };
  }
}
