import type { UserRecord } from '@lentera/db';
import { noAgency } from './jp-ledger.errors';

/** The agency a learner's JP belongs to: where they are a learner, else their first agency; null for someone in none (a super admin). */
export function learnerAgencyOf(user: UserRecord): string | null {
  const membership = user.memberships.find((item) => item.role === 'learner') ?? user.memberships[0];
  return membership?.agencyId ?? null;
}

/** The agency an external activity is reviewed by: someone in no agency has nobody to approve it. */
export function reviewingAgencyOf(user: UserRecord): string {
  const agencyId = learnerAgencyOf(user);
  if (!agencyId) throw noAgency();
  return agencyId;
}

/** Whether the person is a learner of the agency (what the agency's JP report lists). */
export function isLearnerOf(user: UserRecord, agencyId: string): boolean {
  return user.memberships.some((item) => item.agencyId === agencyId && item.role === 'learner');
}
