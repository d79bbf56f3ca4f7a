import { useQuery } from '@apollo/client/react';
import { QuestionBankDocument } from '../../gql/generated';
import type { BankQuestionFieldsFragment } from '../../gql/generated';
import { useCursorPages } from '../course-admin/use-cursor-pages';

export const BANK_PAGE_SIZE = 20;

export interface BankFilter {
  tag: string | null;
  search: string;
}

/** One page of a course's question bank; another filter starts at page one. */
export function useQuestionBank(courseId: string, filter: BankFilter, pageSize = BANK_PAGE_SIZE) {
  const pages = useCursorPages(`${courseId}\n${filter.tag ?? ''}\n${filter.search}`);
  const { data, previousData, loading, error, refetch } = useQuery(QuestionBankDocument, {
    variables: {
      courseId,
      tag: filter.tag,
      search: filter.search === '' ? null : filter.search,
      first: pageSize,
      after: pages.after,
    },
    fetchPolicy: 'cache-and-network',
  });
  const connection = (data ?? (loading ? previousData : undefined))?.questionBank;
  const endCursor = connection?.pageInfo.endCursor ?? null;
  const questions: BankQuestionFieldsFragment[] = connection?.edges.map((edge) => edge.node) ?? [];

  return {
    questions,
    totalCount: connection?.totalCount ?? 0,
    offset: pages.pageIndex * pageSize,
    hasNext: Boolean(data?.questionBank.pageInfo.hasNextPage && endCursor),
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
