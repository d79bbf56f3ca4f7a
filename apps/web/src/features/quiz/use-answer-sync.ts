import { useApolloClient } from '@apollo/client/react';
import { useEffect, useState, useSyncExternalStore } from 'react';
import { SaveQuizAnswersDocument, SubmitQuizAttemptDocument } from '../../gql/generated';
import { AnswerQueue, answerQueueKey, browserStorage } from './answer-queue';
import { AnswerSync } from './answer-sync';
import { classifySaveError } from './quiz-save-error';

const isOnline = () => typeof navigator === 'undefined' || navigator.onLine !== false;

export interface UseAnswerSyncOptions {
  attemptId: string;
  /** Each save answer carries the server's clock: the countdown stays corrected. */
  onServerNow: (serverNow: string) => void;
}

/**
 * Autosave of one attempt (see AnswerSync): the queue lives in localStorage under the attempt's id;
 * the connection's comings and goings and the page being hidden drive the sending.
 */
export function useAnswerSync({ attemptId, onServerNow }: UseAnswerSyncOptions) {
  const client = useApolloClient();
  const [sync] = useState(
    () =>
      new AnswerSync({
        queue: new AnswerQueue(answerQueueKey(attemptId), browserStorage()),
        classify: classifySaveError,
        isOnline,
        onServerNow,
        transport: {
          save: async (answers) => {
            const { data } = await client.mutate({ mutation: SaveQuizAnswersDocument, variables: { attemptId, answers } });
            if (!data) throw new Error('saveQuizAnswers: no data');
            return data.saveQuizAnswers;
          },
          submit: async (answers) => {
            // The answer (status SUBMITTED) lands in the cache: the attempt screen turns into the result.
            await client.mutate({ mutation: SubmitQuizAttemptDocument, variables: { attemptId, answers } });
          },
        },
      }),
  );
  const status = useSyncExternalStore(sync.subscribe, sync.getStatus);

  useEffect(() => {
    sync.start();
    const handleOnline = () => sync.retryNow();
    const handleOffline = () => sync.connectionChanged();
    const handleHidden = () => {
      if (document.visibilityState === 'hidden') sync.flushNow();
    };
    const handlePageHide = () => sync.flushNow();
    window.addEventListener('online', handleOnline);
    window.addEventListener('offline', handleOffline);
    window.addEventListener('pagehide', handlePageHide);
    document.addEventListener('visibilitychange', handleHidden);
    return () => {
      window.removeEventListener('online', handleOnline);
      window.removeEventListener('offline', handleOffline);
      window.removeEventListener('pagehide', handlePageHide);
      document.removeEventListener('visibilitychange', handleHidden);
      // Leaving the screen inside the app: what waits for its debounce goes now (it is in storage anyway).
      sync.flushNow();
      sync.stop();
    };
  }, [sync]);

  return { sync, status };
}
