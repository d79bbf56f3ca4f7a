import { useQuery } from '@apollo/client/react';
import { MyExternalActivitiesDocument } from '../../gql/generated';

/** The learner's activities outside Lentera, latest end date first; asked again on every visit. */
export function useMyExternalActivities() {
  const { data, loading, error, refetch } = useQuery(MyExternalActivitiesDocument, { fetchPolicy: 'cache-and-network' });
  return {
    activities: data?.myExternalActivities ?? [],
    isLoading: loading && !data,
    error: data ? undefined : error,
    retry: () => refetch().catch(() => undefined),
  };
}
