import { skipToken, useQuery } from '@apollo/client/react';
import { useEffect } from 'react';
import { AuthoringVideoDocument } from '../../../gql/generated';
import type { AuthoringVideoFieldsFragment } from '../../../gql/generated';

/** How often a video being processed is asked about again. */
export const VIDEO_POLL_MS = 2000;

/**
 * A course video for its author, followed every two seconds while it is uploaded or being
 * processed; polling stops once it is READY or FAILED, and when the component goes away.
 * `known` (e.g. from the lesson) shows until the first answer.
 */
export function useAuthoringVideo(videoId: string | null, known: AuthoringVideoFieldsFragment | null) {
  const { data, error, loading, startPolling, stopPolling, refetch } = useQuery(
    AuthoringVideoDocument,
    videoId ? { variables: { id: videoId }, fetchPolicy: 'cache-and-network' } : skipToken,
  );
  const video = data?.video ?? (known && known.id === videoId ? known : null);
  const working = video?.status === 'UPLOADED' || video?.status === 'PROCESSING';

  useEffect(() => {
    if (!working) return undefined;
    startPolling(VIDEO_POLL_MS);
    return () => {
      stopPolling();
    };
  }, [working, startPolling, stopPolling]);

  return {
    video,
    /** The server has no such video (any more), or it is not the caller's to see. */
    missing: videoId !== null && !loading && data !== undefined && data.video === null,
    error,
    refetch: async () => {
      if (videoId) await refetch();
    },
  };
}
