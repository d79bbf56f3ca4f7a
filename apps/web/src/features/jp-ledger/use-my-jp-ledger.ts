import { useQuery } from '@apollo/client/react';
import { MyJpLedgerDocument } from '../../gql/generated';

/** The learner's JP for one Jakarta calendar year; asked again on every visit (a review may have changed it). */
export function useMyJpLedger(year: number) {
  const { data, loading, error, refetch } = useQuery(MyJpLedgerDocument, { variables: { year }, fetchPolicy: 'cache-and-network' });
  return {
    ledger: data?.myJpLedger ?? null,
    isLoading: loading && !data,
    error: data ? undefined : error,
    retry: () => refetch().catch(() => undefined),
  };
}
