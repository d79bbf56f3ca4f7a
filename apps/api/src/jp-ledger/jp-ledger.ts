import { jakartaYear } from '@lentera/asn';
import type { CompetencyType, EmploymentType, ExternalActivityRecord, JpPolicyRecord, LedgerCertificateRow, LedgerCompletionRow } from '@lentera/db';

export type LedgerEntrySource = 'course' | 'certificate' | 'external';

/** One line of a learner's JP ledger for a year. */
export interface LedgerEntry {
  source: LedgerEntrySource;
  /** Completion, certificate or external activity id. */
  id: string;
  title: string;
  /** The agency that ran the course, or the organizer's name for an external activity. */
  institution: string | null;
  competencyType: CompetencyType;
  jp: number;
  startDate: Date | null;
  endDate: Date;
  certificateNumber: string | null;
  externalKind: ExternalActivityRecord['kind'] | null;
}

export interface JpTotals {
  teknis: number;
  manajerial: number;
  sosial_kultural: number;
}

export interface JpLedger {
  year: number;
  entries: LedgerEntry[];
  totalsByCompetency: JpTotals;
  totalJp: number;
  /** Pending external activities: shown apart, not counted. */
  pending: ExternalActivityRecord[];
  pendingJp: number;
  targetJp: number;
  /** 0–100, rounded down to one decimal; 100 when the target is 0. */
  percent: number;
  missingJp: number;
}

export interface LedgerInput {
  year: number;
  employmentType: EmploymentType | null;
  policy: Pick<JpPolicyRecord, 'yearlyTargetPns' | 'yearlyTargetPppk'>;
  completions: readonly LedgerCompletionRow[];
  certificates: readonly LedgerCertificateRow[];
  activities: readonly ExternalActivityRecord[];
}

/** The yearly target for an employment type; someone without one is held to the PNS target. */
export function targetFor(employmentType: EmploymentType | null, policy: LedgerInput['policy']): number {
  return employmentType === 'PPPK' ? policy.yearlyTargetPppk : policy.yearlyTargetPns;
}

/**
 * A learner's JP for one Jakarta calendar year. Courses count in the year they were completed,
 * unless their certificate was revoked without a replacement; a manual certificate without a
 * completion counts in its issue year; external activities count when approved, in the year they
 * ended. Rows from other learners or years may be passed in: they are ignored.
 */
export function computeJpLedger(input: LedgerInput): JpLedger {
  const entries = [...courseEntries(input), ...certificateOnlyEntries(input), ...approvedActivityEntries(input)].sort(
    (a, b) => b.endDate.getTime() - a.endDate.getTime() || a.id.localeCompare(b.id),
  );
  const totalsByCompetency: JpTotals = { teknis: 0, manajerial: 0, sosial_kultural: 0 };
  for (const entry of entries) totalsByCompetency[entry.competencyType] += entry.jp;
  const totalJp = round(entries.reduce((sum, entry) => sum + entry.jp, 0));
  const pending = input.activities.filter((activity) => activity.status === 'pending' && jakartaYear(activity.endDate) === input.year);
  const targetJp = targetFor(input.employmentType, input.policy);
  return {
    year: input.year,
    entries,
    totalsByCompetency: { teknis: round(totalsByCompetency.teknis), manajerial: round(totalsByCompetency.manajerial), sosial_kultural: round(totalsByCompetency.sosial_kultural) },
    totalJp,
    pending,
    pendingJp: round(pending.reduce((sum, activity) => sum + activity.jp, 0)),
    targetJp,
    percent: targetJp <= 0 ? 100 : Math.min(100, Math.floor((totalJp / targetJp) * 1000) / 10),
    missingJp: round(Math.max(0, targetJp - totalJp)),
  };
}

/** Revoked and never replaced: the course it certified does not count. */
function withdrawnCourseKeys(certificates: readonly LedgerCertificateRow[]): Set<string> {
  const standing = new Set(certificates.filter((certificate) => certificate.status === 'issued').map((certificate) => courseKey(certificate)));
  return new Set(
    certificates
      .filter((certificate) => certificate.status === 'revoked' && !certificate.replacedById && !standing.has(courseKey(certificate)))
      .map((certificate) => courseKey(certificate)),
  );
}

const courseKey = (row: { userId: string; courseId: string }) => `${row.userId}:${row.courseId}`;

function courseEntries(input: LedgerInput): LedgerEntry[] {
  const withdrawn = withdrawnCourseKeys(input.certificates);
  const numbers = new Map(input.certificates.filter((certificate) => certificate.status === 'issued').map((certificate) => [courseKey(certificate), certificate.number]));
  return input.completions
    .filter((completion) => jakartaYear(completion.completedAt) === input.year && !withdrawn.has(courseKey(completion)))
    .map((completion) => ({
      source: 'course',
      id: completion.id,
      title: completion.courseTitle,
      institution: null,
      competencyType: completion.competencyType,
      jp: completion.jp,
      startDate: null,
      endDate: completion.completedAt,
      certificateNumber: numbers.get(courseKey(completion)) ?? null,
      externalKind: null,
    }));
}

/** Issued certificates for a course the learner has no completion of (issued by hand). */
function certificateOnlyEntries(input: LedgerInput): LedgerEntry[] {
  const completed = new Set(input.completions.map(courseKey));
  const seen = new Set<string>();
  const entries: LedgerEntry[] = [];
  for (const certificate of input.certificates) {
    if (certificate.status !== 'issued' || !certificate.issuedAt || completed.has(courseKey(certificate)) || seen.has(courseKey(certificate))) continue;
    if (jakartaYear(certificate.issuedAt) !== input.year || certificate.jp === null || !certificate.competencyType) continue;
    seen.add(courseKey(certificate));
    entries.push({
      source: 'certificate',
      id: certificate.id,
      title: certificate.courseTitle ?? '',
      institution: null,
      competencyType: certificate.competencyType,
      jp: certificate.jp,
      startDate: null,
      endDate: certificate.issuedAt,
      certificateNumber: certificate.number,
      externalKind: null,
    });
  }
  return entries;
}

function approvedActivityEntries(input: LedgerInput): LedgerEntry[] {
  return input.activities
    .filter((activity) => activity.status === 'approved' && jakartaYear(activity.endDate) === input.year)
    .map((activity) => ({
      source: 'external',
      id: activity.id,
      title: activity.title,
      institution: activity.organizer,
      competencyType: activity.competencyType,
      jp: activity.jp,
      startDate: activity.startDate,
      endDate: activity.endDate,
      certificateNumber: null,
      externalKind: activity.kind,
    }));
}

/** JP may be fractional (minutes converted); keep two decimals so sums do not drift. */
function round(value: number): number {
  return Math.round(value * 100) / 100;
}
