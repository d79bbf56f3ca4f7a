import { AgencyCertificatesDocument } from '../../gql/generated';
import type { CertificateStatus } from '../../gql/generated';
import { usePagedQuery } from '../../lib/use-paged-query';

export const CERTIFICATES_PAGE_SIZE = 20;

/** One page of an agency's certificates; another agency, status or search starts at page one. */
export function useAgencyCertificates(agencyId: string, status: CertificateStatus | null, search: string) {
  const { items, ...list } = usePagedQuery(AgencyCertificatesDocument, {
    listKey: `${agencyId}\n${status ?? ''}\n${search}`,
    variables: { agencyId, status, search: search === '' ? null : search },
    pageSize: CERTIFICATES_PAGE_SIZE,
    connectionOf: (data) => data.agencyCertificates,
  });
  return { certificates: items, ...list };
}
