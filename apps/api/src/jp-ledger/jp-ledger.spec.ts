import fc from 'fast-check';
import type { ExternalActivityRecord, LedgerCertificateRow, LedgerCompletionRow } from '@lentera/db';
import { jakartaYear, jakartaYearRange } from '@lentera/asn';
import { computeJpLedger, type LedgerInput } from './jp-ledger';

const USER = 'u1';
const policy = { yearlyTargetPns: 20, yearlyTargetPppk: 24 };

function buildCompletion(overrides: Partial<LedgerCompletionRow> = {}): LedgerCompletionRow {
  return { id: 'c1', userId: USER, courseId: 'course1', agencyId: 'a1', completedAt: new Date('2026-03-01T03:00:00Z'), jp: 4, competencyType: 'teknis', courseTitle: 'Kursus', ...overrides };
}

function buildCertificate(overrides: Partial<LedgerCertificateRow> = {}): LedgerCertificateRow {
  return {
    id: 'cert1',
    userId: USER,
    courseId: 'course1',
    agencyId: 'a1',
    completionId: 'c1',
    status: 'issued',
    number: 'BPSDM/2026/00001',
    issuedAt: new Date('2026-03-01T04:00:00Z'),
    replacedById: null,
    jp: 4,
    competencyType: 'teknis',
    courseTitle: 'Kursus',
    ...overrides,
  };
}

function buildActivity(overrides: Partial<ExternalActivityRecord> = {}): ExternalActivityRecord {
  return {
    id: 'x1',
    userId: USER,
    agencyId: 'a1',
    kind: 'seminar',
    title: 'Seminar',
    organizer: 'LAN',
    startDate: new Date('2026-05-01T00:00:00Z'),
    endDate: new Date('2026-05-02T00:00:00Z'),
    jp: 3,
    competencyType: 'manajerial',
    evidence: { path: 'p', fileName: 'f.pdf', mediaType: 'application/pdf', sizeBytes: 1 },
    uploadId: 'up1',
    status: 'approved',
    reviewedBy: null,
    reviewedAt: null,
    reviewNote: null,
    createdAt: new Date('2026-05-03T00:00:00Z'),
    ...overrides,
  };
}

const ledgerOf = (input: Partial<LedgerInput>) =>
  computeJpLedger({ year: 2026, employmentType: 'PNS', policy, completions: [], certificates: [], activities: [], ...input });

describe('computeJpLedger', () => {
  it('sums courses and approved activities per competency type, in the year', () => {
    const ledger = ledgerOf({
      completions: [buildCompletion(), buildCompletion({ id: 'c2', courseId: 'course2', jp: 6, competencyType: 'sosial_kultural' }), buildCompletion({ id: 'c3', courseId: 'c3', completedAt: new Date('2025-06-01T00:00:00Z') })],
      activities: [buildActivity()],
    });
    expect(ledger.totalsByCompetency).toEqual({ teknis: 4, manajerial: 3, sosial_kultural: 6 });
    expect(ledger.totalJp).toBe(13);
    expect(ledger.missingJp).toBe(7);
    expect(ledger.percent).toBe(65);
    expect(ledger.entries.map((entry) => entry.id).sort()).toEqual(['c1', 'c2', 'x1']);
    expect(ledger.entries.find((entry) => entry.id === 'c1')?.certificateNumber).toBeNull();
  });

  it('does not count rejected activities and shows pending ones apart', () => {
    const ledger = ledgerOf({ activities: [buildActivity({ status: 'rejected' }), buildActivity({ id: 'x2', status: 'pending', jp: 5 })] });
    expect(ledger.totalJp).toBe(0);
    expect(ledger.entries).toEqual([]);
    expect(ledger.pending.map((activity) => activity.id)).toEqual(['x2']);
    expect(ledger.pendingJp).toBe(5);
  });

  it('drops a course whose certificate was revoked without a replacement, keeps a re-issued one', () => {
    const revoked = buildCertificate({ status: 'revoked' });
    expect(ledgerOf({ completions: [buildCompletion()], certificates: [revoked] }).totalJp).toBe(0);
    const reissued = ledgerOf({ completions: [buildCompletion()], certificates: [{ ...revoked, replacedById: 'cert2' }, buildCertificate({ id: 'cert2', completionId: null, number: 'N2' })] });
    expect(reissued.totalJp).toBe(4);
    expect(reissued.entries[0]?.certificateNumber).toBe('N2');
  });

  it('counts a manual certificate without completion in its issue year', () => {
    const manual = buildCertificate({ completionId: null, courseId: 'manual', issuedAt: new Date('2026-12-31T18:00:00Z') });
    // 2026-12-31 18:00 UTC is 2027-01-01 01:00 in Jakarta.
    expect(ledgerOf({ certificates: [manual] }).totalJp).toBe(0);
    expect(ledgerOf({ year: 2027, certificates: [manual] }).totalJp).toBe(4);
  });

  it('uses the PPPK target for PPPK', () => {
    expect(ledgerOf({ employmentType: 'PPPK' }).targetJp).toBe(24);
    expect(ledgerOf({ employmentType: null }).targetJp).toBe(20);
  });

  it('years by Asia/Jakarta', () => {
    expect(jakartaYear(new Date('2026-12-31T16:59:59Z'))).toBe(2026);
    expect(jakartaYear(new Date('2026-12-31T17:00:00Z'))).toBe(2027);
    const { from, to } = jakartaYearRange(2026);
    expect(jakartaYear(from)).toBe(2026);
    expect(jakartaYear(new Date(to.getTime() - 1))).toBe(2026);
    expect(jakartaYear(to)).toBe(2027);
  });

  it('property: the total is the sum of the competency totals and of approved activities in the year', () => {
    const activity = fc.record({
      jp: fc.integer({ min: 0, max: 40 }),
      status: fc.constantFrom('pending' as const, 'approved' as const, 'rejected' as const),
      competencyType: fc.constantFrom('teknis' as const, 'manajerial' as const, 'sosial_kultural' as const),
      endDate: fc.date({ min: new Date('2025-01-01T00:00:00Z'), max: new Date('2027-12-31T00:00:00Z'), noInvalidDate: true }),
    });
    fc.assert(
      fc.property(fc.array(activity, { maxLength: 20 }), (rows) => {
        const activities = rows.map((row, index) => buildActivity({ ...row, id: `x${index}` }));
        const ledger = ledgerOf({ activities });
        const inYear = activities.filter((item) => jakartaYear(item.endDate) === 2026);
        const approved = inYear.filter((item) => item.status === 'approved').reduce((sum, item) => sum + item.jp, 0);
        const pending = inYear.filter((item) => item.status === 'pending').reduce((sum, item) => sum + item.jp, 0);
        const totals = ledger.totalsByCompetency;
        return ledger.totalJp === approved && totals.teknis + totals.manajerial + totals.sosial_kultural === approved && ledger.pendingJp === pending
          && ledger.percent >= 0 && ledger.percent <= 100 && ledger.missingJp === Math.max(0, 20 - approved);
      }),
    );
  });
});
