import { useQuery } from '@apollo/client/react';
import { QuestionBankTagsDocument } from '../../gql/generated';

/**
 * The bank's tags with their question counts (refetched after each bank change by name:
 * 'QuestionBankTags'); `counts` is null until they are known, which is not the same as no tags.
 */
export function useBankTags(courseId: string) {
  const { data } = useQuery(QuestionBankTagsDocument, { variables: { courseId }, fetchPolicy: 'cache-and-network' });
  const tags = data?.questionBankTags ?? [];
  return { tags, counts: data ? new Map(tags.map((entry) => [entry.tag, entry.count])) : null };
}
