import { useMutation } from '@apollo/client/react';
import { ReviewExternalActivityDocument } from '../../gql/generated';

/**
 * Approves or rejects an activity. The activity's new status reaches the queue through the cache;
 * the pending count is asked again, and the reports (whose JP an approval changes) are dropped
 * so that they load afresh.
 */
export function useReviewActivity() {
  const [review, { loading }] = useMutation(ReviewExternalActivityDocument, {
    refetchQueries: ['JpPendingCount'],
    update: (cache) => {
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'agencyJpReport' });
      cache.gc();
    },
  });
  return {
    approve: (id: string) => review({ variables: { id, approve: true, note: null } }),
    reject: (id: string, note: string) => review({ variables: { id, approve: false, note: note.trim() } }),
    loading,
  };
}
