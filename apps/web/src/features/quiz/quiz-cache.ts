import { InMemoryCache } from '@apollo/client';
import type { ApolloCache } from '@apollo/client';

/**
 * Cache rules for the learner's quiz types, added when the quiz code loads (lib/apollo-client.ts
 * stays free of them). An attempt's questions, options, prompts and items are stored inside their
 * attempt, not by id: the same question in two attempts has other options, shuffled otherwise, and
 * fresh matching choices. The author's types (BankQuestion, GradedQuestion) are other types and
 * never share an entry with these.
 */
export function addQuizTypePolicies(cache: ApolloCache): void {
  if (!(cache instanceof InMemoryCache)) return;
  cache.policies.addTypePolicies({
    AttemptQuestion: { keyFields: false },
    AttemptOption: { keyFields: false },
    AttemptMatchPrompt: { keyFields: false },
    QuizAttempt: {
      fields: {
        // The server's answer replaces the lists (they have no ids to merge by).
        questions: { merge: false },
        answers: { merge: false },
        review: { merge: false },
      },
    },
  });
}
