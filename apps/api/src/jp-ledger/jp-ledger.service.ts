import { Injectable } from '@nestjs/common';
import { DEFAULT_JP_POLICY, isValidId, ExternalActivityRepository, JpPolicyRepository, LedgerSourceRepository, UserRepository, type AgencyScope, type UserRecord } from '@lentera/db';
import { jakartaYear, jakartaYearRange } from '@lentera/asn';
import { computeJpLedger, type JpLedger } from './jp-ledger';
import { invalidYear, learnerNotFound } from './jp-ledger.errors';
import { isLearnerOf, learnerAgencyOf } from './learner-agency';

/** The report reads every learner of an agency (or of one unit) at once; past this, narrow by unit. */
export const MAX_REPORT_LEARNERS = 5000;

export interface BelowTargetRow {
  user: UserRecord;
  ledger: JpLedger;
}

export interface AgencyJpReport {
  year: number;
  workUnits: { workUnit: string | null; learners: number; belowTarget: number }[];
  belowTarget: BelowTargetRow[];
}

/** Learners' JP ledgers: one learner's, or every learner's of an agency (in a fixed number of queries). */
@Injectable()
export class JpLedgerService {
  constructor(
    private readonly users: UserRepository,
    private readonly sources: LedgerSourceRepository,
    private readonly activities: ExternalActivityRepository,
    private readonly policies: JpPolicyRepository,
  ) {}

  async ofLearner(user: UserRecord, year: number | null): Promise<JpLedger> {
    const [ledger] = await this.ledgersOf([user], learnerAgencyOf(user), checkedYear(year));
    return ledger!;
  }

  /** One learner of the scoped agency, for their SIASN export: their ledger and the policy's minutes per JP. */
  async learnerOfAgency(scope: AgencyScope, userId: string, year: number | null): Promise<{ user: UserRecord; ledger: JpLedger; minutesPerJp: number }> {
    const user = isValidId(userId) ? await this.users.findInAgency(scope, userId) : null;
    if (!user || !isLearnerOf(user, scope.agencyId)) throw learnerNotFound();
    const checked = checkedYear(year);
    const [[ledger], policy] = await Promise.all([this.ledgersOf([user], scope.agencyId, checked), this.policies.findForAgency(scope.agencyId)]);
    return { user, ledger: ledger!, minutesPerJp: policy.minutesPerJp };
  }

  async agencyReport(scope: AgencyScope, year: number | null, workUnit: string | null): Promise<AgencyJpReport> {
    const checked = checkedYear(year);
    const people = workUnit?.trim()
      ? await this.users.findInAgencyByWorkUnit(scope, workUnit, MAX_REPORT_LEARNERS)
      : await this.users.listInAgency(scope, { limit: MAX_REPORT_LEARNERS });
    const learners = people.filter((user) => isLearnerOf(user, scope.agencyId));
    const ledgers = await this.ledgersOf(learners, scope.agencyId, checked);
    const rows = learners.map((user, index) => ({ user, ledger: ledgers[index]! }));
    const units = new Map<string, { workUnit: string | null; learners: number; belowTarget: number }>();
    for (const row of rows) {
      const key = row.user.workUnit?.trim().toLowerCase() ?? '';
      const unit = units.get(key) ?? { workUnit: row.user.workUnit?.trim() || null, learners: 0, belowTarget: 0 };
      unit.learners += 1;
      if (row.ledger.missingJp > 0) unit.belowTarget += 1;
      units.set(key, unit);
    }
    const belowTarget = rows
      .filter((row) => row.ledger.missingJp > 0)
      .sort((a, b) => (a.user.workUnit ?? '').localeCompare(b.user.workUnit ?? '', 'id') || b.ledger.missingJp - a.ledger.missingJp || a.user.fullName.localeCompare(b.user.fullName, 'id'));
    const workUnits = [...units.values()].sort((a, b) => (a.workUnit ?? '').localeCompare(b.workUnit ?? '', 'id'));
    return { year: checked, workUnits, belowTarget };
  }

  /** Ledgers of these learners under one agency's policy, in the order given: four queries whatever the count. */
  private async ledgersOf(users: readonly UserRecord[], agencyId: string | null, year: number): Promise<JpLedger[]> {
    const ids = users.map((user) => user.id);
    const { from, to } = jakartaYearRange(year);
    const [policy, completions, certificates, activities] = await Promise.all([
      agencyId ? this.policies.findForAgency(agencyId) : DEFAULT_JP_POLICY,
      this.sources.completionsBetween(ids, from, to),
      this.sources.certificatesOf(ids),
      this.activities.findByUsersEndingBetween(ids, from, to),
    ]);
    const [completionsOf, certificatesOf, activitiesOf] = [byUser(completions), byUser(certificates), byUser(activities)];
    return users.map((user) =>
      computeJpLedger({
        year,
        employmentType: user.employmentType,
        policy,
        completions: completionsOf.get(user.id) ?? [],
        certificates: certificatesOf.get(user.id) ?? [],
        activities: activitiesOf.get(user.id) ?? [],
      }),
    );
  }
}

function byUser<T extends { userId: string }>(rows: readonly T[]): Map<string, T[]> {
  const grouped = new Map<string, T[]>();
  for (const row of rows) grouped.set(row.userId, [...(grouped.get(row.userId) ?? []), row]);
  return grouped;
}

function checkedYear(year: number | null): number {
  if (year === null) return jakartaYear(new Date());
  if (!Number.isInteger(year) || year < 2000 || year > 2100) throw invalidYear();
  return year;
}
