import type { CertificateAuditLogQuery } from '../../gql/generated';

export type AuditLog = CertificateAuditLogQuery['certificateAuditLog'];

/**
 * The pages loaded so far followed by the next one ("muat lebih banyak"). Whether the chain
 * holds, and the total, come from the newer answer: every answer checks the whole log.
 * An entry already shown (the log grew between the pages) is not shown twice.
 */
export function appendAuditPage(loaded: AuditLog, next: AuditLog): AuditLog {
  const shown = new Set(loaded.entries.edges.map((edge) => edge.node.seq));
  return {
    ...next,
    entries: {
      ...next.entries,
      edges: [...loaded.entries.edges, ...next.entries.edges.filter((edge) => !shown.has(edge.node.seq))],
    },
  };
}
