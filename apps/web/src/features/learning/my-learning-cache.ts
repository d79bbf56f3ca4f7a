import type { ApolloCache } from '@apollo/client';

/**
 * Enrolling, leaving and progress move a course between the lists of
 * "Belajar saya" (in progress, completed, ...). Rather than guess the server's
 * grouping and order, drop the cached lists: the page loads them afresh.
 */
export function forgetMyLearningLists(cache: ApolloCache): void {
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'myEnrolments' });
  cache.gc();
}
