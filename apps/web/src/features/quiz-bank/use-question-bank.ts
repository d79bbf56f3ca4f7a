import { QuestionBankDocument } from '../../gql/generated';
import { usePagedQuery } from '../../lib/use-paged-query';

export const BANK_PAGE_SIZE = 20;

export interface BankFilter {
  tag: string | null;
  search: string;
}

/** One page of a course's question bank; another filter starts at page one. */
export function useQuestionBank(courseId: string, filter: BankFilter, pageSize = BANK_PAGE_SIZE) {
  const { items, ...list } = usePagedQuery(QuestionBankDocument, {
    listKey: `${courseId}\n${filter.tag ?? ''}\n${filter.search}`,
    variables: { courseId, tag: filter.tag, search: filter.search === '' ? null : filter.search },
    pageSize,
    connectionOf: (data) => data.questionBank,
  });
  return { questions: items, ...list };
}
