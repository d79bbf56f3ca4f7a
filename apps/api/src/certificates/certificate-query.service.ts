import { Injectable } from '@nestjs/common';
import { parseNip } from '@lentera/asn';
import { normalizeVerificationCode } from '@lentera/certificates';
import { CertificateRepository, UserRepository, type AgencyCertificateFilter, type AgencyScope, type CertificateRecord } from '@lentera/db';
import { assertValidId } from '@lentera/learning';
import type { Actor } from '../auth/actor';
import { assertPageSize, decodeIdCursor, idConnection } from '../graphql/pagination';
import { CertificateAccess } from './certificate-access';
import { storedCertificateStatuses, type CertificateStatus } from './certificate-enums';
import { CertificateUrlSigner } from './certificate-url.signer';
import { toCertificateModel } from './certificate.mapper';
import type { CertificateConnection, CertificateModel } from './certificate.model';

export interface AgencyCertificateQuery {
  courseId?: string | null;
  status?: CertificateStatus | null;
  search?: string | null;
  first: number;
  after?: string | null;
}

/** Reading certificates: a learner's own, one by id, an agency's list. */
@Injectable()
export class CertificateQueryService {
  constructor(
    private readonly certificates: CertificateRepository,
    private readonly users: UserRepository,
    private readonly access: CertificateAccess,
    private readonly urls: CertificateUrlSigner,
  ) {}

  /** The caller's issued and revoked certificates, newest first (a pending one is not a certificate yet). */
  async mine(actor: Actor): Promise<CertificateModel[]> {
    return (await this.certificates.findByUser(actor.userId)).map((record) => this.view(record));
  }

  async one(actor: Actor, certificateId: string): Promise<CertificateModel> {
    return this.view(await this.access.readable(actor, certificateId));
  }

  async ofAgency(scope: AgencyScope, query: AgencyCertificateQuery): Promise<CertificateConnection> {
    assertPageSize(query.first);
    if (query.courseId) assertValidId(query.courseId, 'course');
    const filter: AgencyCertificateFilter = {
      ...(query.courseId && { courseId: query.courseId }),
      ...(query.status && { status: storedCertificateStatuses[query.status] }),
      ...(query.search?.trim() && { search: await this.search(query.search.trim()) }),
    };
    const [rows, totalCount] = await Promise.all([
      this.certificates.listByAgency(scope, { ...filter, limit: query.first + 1, beforeId: decodeIdCursor(query.after) }),
      this.certificates.countByAgency(scope, filter),
    ]);
    return idConnection(rows, query.first, totalCount, (record) => this.view(record));
  }

  view(record: CertificateRecord): CertificateModel {
    return toCertificateModel(record, this.urls.urlsOf(record));
  }

  /** A search is a name or number, and may also be a verification code or a NIP (of the learner). */
  private async search(text: string): Promise<NonNullable<AgencyCertificateFilter['search']>> {
    const nip = parseNip(text);
    const learner = nip.ok ? await this.users.findByNip(nip.value.nip) : null;
    return { text, code: normalizeVerificationCode(text), userIds: learner ? [learner.id] : [] };
  }
}
