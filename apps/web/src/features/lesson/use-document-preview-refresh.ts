import { useApolloClient } from '@apollo/client/react';
import { useCallback, useEffect, useState } from 'react';
import { LessonViewDocument } from '../../gql/generated';

/** A small document converts in a few seconds; ask that often. */
export const PREVIEW_POLL_MS = 4_000;
/** Then stop asking on our own (a busy or stopped worker): the learner can still ask. */
export const PREVIEW_POLL_LIMIT_MS = 3 * 60_000;

/**
 * While an office document's PDF preview is being made, asks for the lesson again every few
 * seconds, until the preview is ready or failed (the lesson page then shows it), or a few
 * minutes have passed. `refresh` asks once more, for the learner's own button.
 */
export function useDocumentPreviewRefresh(pending: boolean) {
  const client = useApolloClient();
  const [refreshing, setRefreshing] = useState(false);
  const [gaveUp, setGaveUp] = useState(false);

  const refetchLesson = useCallback(() => client.refetchQueries({ include: [LessonViewDocument] }), [client]);

  useEffect(() => {
    if (!pending) return undefined;
    const startedAt = Date.now();
    const timer = setInterval(() => {
      if (Date.now() - startedAt >= PREVIEW_POLL_LIMIT_MS) {
        clearInterval(timer);
        setGaveUp(true);
        return;
      }
      refetchLesson().catch(() => undefined);
    }, PREVIEW_POLL_MS);
    return () => {
      clearInterval(timer);
    };
  }, [pending, refetchLesson]);

  const refresh = async () => {
    setRefreshing(true);
    try {
      await refetchLesson();
    } catch {
      // The page keeps what it has; the button stays for another try.
    } finally {
      setRefreshing(false);
    }
  };

  return { refresh, refreshing, gaveUp };
}
