import { Injectable } from '@nestjs/common';
import { CertificateSigner } from '@lentera/certificates';
import { CertificateAuditRepository, SigningKeyRepository, firstBrokenAuditEntry } from '@lentera/db';
import type { Actor } from '../auth/actor';
import { assertPageSize, decodeCursor, encodeCursor, invalidCursorError } from '../graphql/pagination';
import { CertificateAccess } from './certificate-access';
import type { CertificateAuditLogModel, SigningKeyModel } from './certificate-admin.model';
import { toAuditEntryModel, toSigningKeyModel } from './certificate.mapper';
import { checkedReason } from './certificates.errors';

/** An agency's signing keys and its certificate audit log. */
@Injectable()
export class CertificateKeysService {
  constructor(
    private readonly keys: SigningKeyRepository,
    private readonly audit: CertificateAuditRepository,
    private readonly signer: CertificateSigner,
    private readonly access: CertificateAccess,
  ) {}

  /** Every key the agency has had, newest first; none until its first certificate is signed. */
  async list(actor: Actor, agencyId: string): Promise<SigningKeyModel[]> {
    const { agency } = await this.access.agency(actor, agencyId);
    return (await this.keys.findByAgency(agency.id)).map(toSigningKeyModel);
  }

  /** A new active key; the old one is retired and keeps verifying what it signed (audited with the reason). */
  async rotate(actor: Actor, agencyId: string, reason: string): Promise<SigningKeyModel> {
    const { agency } = await this.access.agency(actor, agencyId);
    return toSigningKeyModel(await this.signer.rotate(agency.id, actor.userId, checkedReason(reason)));
  }

  /**
   * One page of the log, newest first, and whether the whole chain holds. Checking the chain
   * needs every entry, so the log is read whole (a few entries per certificate) and paged here.
   */
  async log(actor: Actor, agencyId: string, first: number, after?: string | null): Promise<CertificateAuditLogModel> {
    assertPageSize(first);
    const before = after ? seqFromCursor(after) : Infinity;
    const { agency } = await this.access.agency(actor, agencyId);
    const entries = await this.audit.findByAgency(agency.id);
    const broken = firstBrokenAuditEntry(entries);
    const newestFirst = [...entries].reverse();
    const rest = newestFirst.filter((entry) => entry.seq < before);
    const page = rest.slice(0, first);
    const edges = page.map((entry) => ({ cursor: encodeCursor({ s: String(entry.seq) }), node: toAuditEntryModel(entry) }));
    return {
      entries: { edges, pageInfo: { hasNextPage: rest.length > first, endCursor: edges.at(-1)?.cursor ?? null }, totalCount: entries.length },
      intact: broken === null,
      brokenAt: broken?.seq ?? null,
    };
  }
}

function seqFromCursor(cursor: string): number {
  const { s } = decodeCursor(cursor, ['s'] as const);
  const seq = Number(s);
  if (!Number.isSafeInteger(seq) || seq < 1) throw invalidCursorError();
  return seq;
}
