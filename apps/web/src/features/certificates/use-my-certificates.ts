import { useQuery } from '@apollo/client/react';
import { useEffect } from 'react';
import { MyCertificatesDocument } from '../../gql/generated';
import type { CertificateRowFragment } from '../../gql/generated';

/** How often the list asks again while the worker is still signing or rendering one. */
const POLL_MS = 3000;

export const isBeingPrepared = (certificate: CertificateRowFragment) =>
  certificate.status === 'PENDING' || (certificate.status === 'ISSUED' && certificate.pdfStatus === 'PENDING');

/** The learner's certificates, asked again every few seconds while one of them is being prepared. */
export function useMyCertificates() {
  const { data, loading, error, refetch, startPolling, stopPolling } = useQuery(MyCertificatesDocument, { fetchPolicy: 'cache-and-network' });
  const certificates = data?.myCertificates ?? [];
  const preparing = certificates.some(isBeingPrepared);

  useEffect(() => {
    if (!preparing) return undefined;
    startPolling(POLL_MS);
    return stopPolling;
  }, [preparing, startPolling, stopPolling]);

  return {
    certificates,
    isLoading: loading && !data,
    error: data ? undefined : error,
    retry: () => refetch().catch(() => undefined),
  };
}
