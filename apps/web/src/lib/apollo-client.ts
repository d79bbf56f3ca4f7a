import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import type { FieldPolicy } from '@apollo/client';

/**
 * Cached shape of Query.courses. Edges stay inline (CourseEdge has no id);
 * their `node` is a normalised reference to the Course entity.
 */
interface CourseConnectionCache {
  readonly edges: readonly { readonly cursor: string }[];
  readonly pageInfo: unknown;
  readonly totalCount: number;
  readonly [field: string]: unknown;
}

/**
 * Cursor pagination for Query.courses: one cache entry for all pages
 * (keyArgs: false) that grows as pages arrive via fetchMore({ after }).
 * A request without `after` (first load, refetch) starts the list over.
 */
export const coursesFieldPolicy: FieldPolicy<CourseConnectionCache> = {
  keyArgs: false,
  merge(existing, incoming, { args }) {
    const after = typeof args?.after === 'string' ? args.after : null;
    if (!existing || after === null) return incoming;
    const seen = new Set(existing.edges.map((edge) => edge.cursor));
    return {
      ...incoming,
      edges: [...existing.edges, ...incoming.edges.filter((edge) => !seen.has(edge.cursor))],
    };
  },
};

export function createApolloClient(uri = '/graphql'): ApolloClient {
  return new ApolloClient({
    link: new HttpLink({ uri }),
    cache: new InMemoryCache({
      typePolicies: {
        Query: {
          fields: {
            courses: coursesFieldPolicy,
          },
        },
      },
    }),
  });
}
