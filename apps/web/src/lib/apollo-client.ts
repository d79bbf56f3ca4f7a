import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import type { FieldPolicy } from '@apollo/client';

/**
 * Cached shape of a cursor connection (Query.courses, Query.agencies). Edges
 * stay inline (edges have no id); their `node` is a normalised reference.
 */
interface ConnectionCache {
  readonly edges: readonly { readonly cursor: string }[];
  readonly pageInfo: unknown;
  readonly totalCount: number;
  readonly [field: string]: unknown;
}

/**
 * Cursor pagination: one cache entry per `keyArgs` combination that grows as
 * pages arrive via fetchMore({ after }). A request without `after` (first
 * load, refetch) starts the list over.
 */
export function cursorPaginationPolicy(keyArgs: string[] | false = false): FieldPolicy<ConnectionCache> {
  return {
    keyArgs,
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
}

/** Query.courses: the catalogue, one list (of all loaded pages) per search/filter and sort. */
export const coursesFieldPolicy = cursorPaginationPolicy(['filter', 'sort']);

/** Query.myEnrolments: "Belajar saya", one list per group (in progress, assigned, ...). */
export const myEnrolmentsFieldPolicy = cursorPaginationPolicy(['group']);

/** Lists without ids inside an entity: the server's answer replaces what was cached. */
const replaceList: FieldPolicy = { merge: false };

/**
 * `authLink` (see features/auth/auth-link.ts) runs before the HttpLink: it adds
 * the access token and retries after a session refresh.
 */
export function createApolloClient(uri = '/graphql', authLink?: ApolloLink): ApolloClient {
  const httpLink = new HttpLink({ uri });
  return new ApolloClient({
    link: authLink ? ApolloLink.from([authLink, httpLink]) : httpLink,
    cache: new InMemoryCache({
      typePolicies: {
        Query: {
          fields: {
            courses: coursesFieldPolicy,
            myEnrolments: myEnrolmentsFieldPolicy,
            // `first` differs between the agency picker and the agencies page.
            agencies: cursorPaginationPolicy(['first']),
          },
        },
        User: { fields: { memberships: replaceList } },
        UserImport: { fields: { problems: replaceList } },
      },
    }),
  });
}
