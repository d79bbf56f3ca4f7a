import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { CertificateAuditLogDocument } from '../../gql/generated';
import { appendAuditPage } from './audit-log-pages';

export const AUDIT_PAGE_SIZE = 50;

/**
 * The agency's audit log, newest first, growing by a page at a time ("muat lebih banyak").
 * Asked again whenever the page opens: an entry may have been written (or tampered with) since.
 */
export function useCertificateAuditLog(agencyId: string) {
  const { data, loading, error, refetch, fetchMore } = useQuery(CertificateAuditLogDocument, {
    variables: { agencyId, first: AUDIT_PAGE_SIZE, after: null },
    fetchPolicy: 'cache-and-network',
  });
  const [loadingMore, setLoadingMore] = useState(false);
  const [loadMoreError, setLoadMoreError] = useState<unknown>(null);
  const log = data?.certificateAuditLog;
  const endCursor = log?.entries.pageInfo.hasNextPage ? log.entries.pageInfo.endCursor : null;

  const loadMore = async () => {
    if (!endCursor || loadingMore) return;
    setLoadingMore(true);
    setLoadMoreError(null);
    try {
      await fetchMore({
        variables: { after: endCursor },
        updateQuery: (loaded, { fetchMoreResult }) => ({
          ...loaded,
          certificateAuditLog: appendAuditPage(loaded.certificateAuditLog, fetchMoreResult.certificateAuditLog),
        }),
      });
    } catch (fetchError) {
      setLoadMoreError(fetchError);
    } finally {
      setLoadingMore(false);
    }
  };

  return {
    log,
    isLoading: !log && loading,
    error: log ? undefined : error,
    retry: () => refetch().catch(() => undefined),
    hasMore: endCursor !== null,
    loadMore,
    loadingMore,
    loadMoreError,
  };
}
