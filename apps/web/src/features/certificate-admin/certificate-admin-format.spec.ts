import type { AuditLog } from './audit-log-pages';
import { appendAuditPage } from './audit-log-pages';
import { formatJakartaDateTime } from './jakarta-time';
import { publicKeyFileName } from './public-key-file';

function log(seqs: number[], overrides: Partial<Pick<AuditLog, 'intact' | 'brokenAt'>> & { hasNextPage?: boolean; totalCount?: number } = {}): AuditLog {
  const edges = seqs.map((seq) => ({
    __typename: 'CertificateAuditEntryEdge' as const,
    cursor: `c${seq}`,
    node: { __typename: 'CertificateAuditEntry' as const, seq, action: 'ISSUED' as const, number: null, actorName: null, reason: null, at: '2026-03-12T02:30:00.000Z' },
  }));
  return {
    __typename: 'CertificateAuditLog',
    intact: overrides.intact ?? true,
    brokenAt: overrides.brokenAt ?? null,
    entries: {
      __typename: 'CertificateAuditEntryConnection',
      totalCount: overrides.totalCount ?? 10,
      edges,
      pageInfo: { __typename: 'PageInfo', hasNextPage: overrides.hasNextPage ?? false, endCursor: edges.at(-1)?.cursor ?? null },
    },
  };
}

describe('formatJakartaDateTime', () => {
  it('shows the moment in Jakarta time, a day later than UTC after 17:00', () => {
    expect(formatJakartaDateTime('2026-03-12T17:30:05.000Z', 'id')).toBe('13 Mar 2026, 00.30.05');
    expect(formatJakartaDateTime('2026-03-12T02:04:09.000Z', 'en')).toBe('12 Mar 2026, 09:04:09');
  });

  it('gives back what is not a date unchanged', () => {
    expect(formatJakartaDateTime('kemarin', 'id')).toBe('kemarin');
  });
});

describe('publicKeyFileName', () => {
  it('names the file after the key id', () => {
    expect(publicKeyFileName('u3Xk-9_aQ')).toBe('kunci-publik-u3Xk-9_aQ.pem');
  });

  it('keeps path characters out of the name', () => {
    expect(publicKeyFileName('../a/b c')).toBe('kunci-publik-___a_b_c.pem');
  });
});

describe('appendAuditPage', () => {
  it('puts the next page after the loaded ones and takes the chain verdict from the newer answer', () => {
    const merged = appendAuditPage(log([10, 9, 8], { hasNextPage: true }), log([7, 6], { intact: false, brokenAt: 6, totalCount: 10 }));
    expect(merged.entries.edges.map((edge) => edge.node.seq)).toEqual([10, 9, 8, 7, 6]);
    expect(merged).toMatchObject({ intact: false, brokenAt: 6, entries: { totalCount: 10, pageInfo: { hasNextPage: false, endCursor: 'c6' } } });
  });

  it('does not show an entry twice', () => {
    const merged = appendAuditPage(log([10, 9]), log([9, 8]));
    expect(merged.entries.edges.map((edge) => edge.node.seq)).toEqual([10, 9, 8]);
  });
});
