/**
 * The issue key of a learner's first-time certificate of a course, the same whether the worker
 * issues it for a course completion or an admin issues it by hand: `course:<courseId>:<userId>:<n>`,
 * n being how many of the learner's certificates of the course are revoked when it is claimed.
 *
 * Why a count: FerretDB has no transactions and no partial indexes, so "one valid (pending or
 * issued) certificate per learner and course" can only be held by the unique index on issueKey.
 * Callers racing for the same learner read the same n and claim the same key: one insert wins,
 * the others get its certificate. After a revocation without replacement n has grown by one, so a
 * new certificate can be issued; revoked certificates are never un-revoked or deleted, so a key
 * is never wanted twice.
 *
 * A re-issue keeps its own key, `reissue:<certificateId of the one it replaces>`.
 * Rows claimed before these keys carry `completion:<completionId>` or `manual:<userId>:<courseId>`:
 * they are found by their completion or as the learner's valid certificate before any key is
 * claimed (CertificateIssuingService.claimForCompletion, CertificateIssueService.issue).
 */
export function courseIssueKey(courseId: string, userId: string, revokedCount: number): string {
  return `course:${courseId}:${userId}:${revokedCount}`;
}
