import type { ErrorLike, OperationVariables, TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useCursorPages } from './use-cursor-pages';

/** What a paged list reads of a cursor connection. */
export interface PageConnection<Node> {
  totalCount: number;
  edges: ReadonlyArray<{ node: Node }>;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
}

export interface PagedQueryOptions<Data, Variables, Node> {
  /** Another key (another course, filter or search) starts at page one. */
  listKey: string;
  /** The query's variables but the page's own (`first`, `after`). */
  variables: Omit<Variables, 'first' | 'after'>;
  pageSize: number;
  connectionOf: (data: Data) => PageConnection<Node>;
}

/** One page of a list, and the way to the others. */
export interface PagedList<Node> {
  items: Node[];
  totalCount: number;
  /** Zero-based index of the first item on this page. */
  offset: number;
  hasNext: boolean;
  hasPrevious: boolean;
  goNext: () => void;
  goPrevious: () => void;
  /** Nothing to show yet. */
  isLoading: boolean;
  /** A page is on its way (the one shown may be the previous one). */
  isRefreshing: boolean;
  /** Why nothing could be shown. */
  error: ErrorLike | undefined;
  retry: () => Promise<unknown>;
}

/**
 * One page at a time of a query over a forward-only cursor connection (previous pages'
 * cursors kept by useCursorPages). The page shown stays on screen while the next one loads.
 */
export function usePagedQuery<Data, Variables extends OperationVariables & { first: number; after?: string | null }, Node>(
  document: TypedDocumentNode<Data, Variables>,
  { listKey, variables, pageSize, connectionOf }: PagedQueryOptions<Data, Variables, Node>,
): PagedList<Node> {
  const pages = useCursorPages(listKey);
  const { data, previousData, loading, error, refetch } = useQuery(document, {
    variables: { ...variables, first: pageSize, after: pages.after } as Variables,
    fetchPolicy: 'cache-and-network',
  });
  const shown = (data ?? (loading ? previousData : undefined)) as Data | undefined;
  const connection = shown === undefined ? undefined : connectionOf(shown);
  const endCursor = connection?.pageInfo.endCursor ?? null;

  return {
    items: connection?.edges.map((edge) => edge.node) ?? [],
    totalCount: connection?.totalCount ?? 0,
    offset: pages.pageIndex * pageSize,
    // Whether there is more is the current answer's to say, not the page kept on screen's.
    hasNext: Boolean(data !== undefined && connectionOf(data as Data).pageInfo.hasNextPage && endCursor),
    hasPrevious: pages.pageIndex > 0,
    goNext: () => {
      pages.goNext(endCursor);
    },
    goPrevious: pages.goPrevious,
    isLoading: !connection && loading,
    isRefreshing: loading,
    error: connection ? undefined : error,
    retry: () => refetch().catch(() => undefined),
  };
}
