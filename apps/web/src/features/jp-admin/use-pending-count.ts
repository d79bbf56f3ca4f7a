import { useQuery } from '@apollo/client/react';
import { JpPendingCountDocument } from '../../gql/generated';

/** How many activities of the agency wait for a review; null until known (or when it could not be read). */
export function usePendingCount(agencyId: string): number | null {
  const { data } = useQuery(JpPendingCountDocument, { variables: { agencyId }, fetchPolicy: 'cache-and-network' });
  return data?.externalActivityQueue.totalCount ?? null;
}
