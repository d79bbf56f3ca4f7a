import { useEffect, useRef, useState } from 'react';
import {
  EMPTY_WATCH_LOG,
  allowedSeekTarget,
  interruptPlayback,
  recordPlayback,
  watchedIntervals,
  type WatchLog,
  type WatchedInterval,
} from './watched-intervals';

/** Why the player reports: the lesson page sends some reports at once and others with the next one. */
export type WatchProgressReason = 'play' | 'playing' | 'pause' | 'seek' | 'ended' | 'leaving';

export interface WatchProgress {
  positionSeconds: number;
  /** Everything played since the player opened, merged. */
  watched: WatchedInterval[];
  durationSeconds: number;
  reason: WatchProgressReason;
}

/** While playing, a report this often. */
export const PROGRESS_EVERY_MS = 5_000;

/** How long "you have not watched that part yet" stays up. */
const SNAP_NOTICE_MS = 4_000;

/** A seek this little past the furthest watched point is let through (rounding, keyboard steps inside). */
const SKIP_TOLERANCE_SECONDS = 1;

export interface WatchTrackingOptions {
  preventSkippingAhead: boolean;
  watched?: WatchedInterval[];
  onWatchProgress?: (state: WatchProgress) => void;
}

/**
 * Follows what `video` really plays (not what is skipped by seeking), reports it, and in
 * no-skip mode sends a seek past the furthest watched point back there.
 */
export function useWatchTracking(video: HTMLVideoElement | null, options: WatchTrackingOptions) {
  const logRef = useRef<WatchLog>(EMPTY_WATCH_LOG);
  const optionsRef = useRef(options);
  const [snappedBack, setSnappedBack] = useState(false);

  useEffect(() => {
    optionsRef.current = options;
  });

  useEffect(() => {
    if (!video) return undefined;
    let lastPosition = video.currentTime;
    let lastDuration = 0;
    let noticeTimer: number | undefined;
    let progressTimer: number | undefined;

    const report = (reason: WatchProgressReason) => {
      if (Number.isFinite(video.duration) && video.duration > 0) lastDuration = video.duration;
      optionsRef.current.onWatchProgress?.({
        positionSeconds: lastPosition,
        watched: watchedIntervals(logRef.current),
        durationSeconds: lastDuration,
        reason,
      });
    };
    const snapBackIfSkipping = () => {
      const { preventSkippingAhead, watched = [] } = optionsRef.current;
      if (!preventSkippingAhead) return;
      const target = video.currentTime;
      const allowed = allowedSeekTarget(target, [...watched, ...watchedIntervals(logRef.current)], SKIP_TOLERANCE_SECONDS);
      if (allowed >= target) return;
      video.currentTime = allowed;
      setSnappedBack(true);
      window.clearTimeout(noticeTimer);
      noticeTimer = window.setTimeout(() => setSnappedBack(false), SNAP_NOTICE_MS);
    };

    const handleTimeUpdate = () => {
      if (video.seeking) return;
      lastPosition = video.currentTime;
      if (!video.paused) logRef.current = recordPlayback(logRef.current, video.currentTime);
    };
    const handleSeeking = () => {
      // A seek is never watching: the interval ends where the playhead was.
      logRef.current = interruptPlayback(logRef.current);
      snapBackIfSkipping();
    };
    const handleSeeked = () => {
      lastPosition = video.currentTime;
      report('seek');
    };
    const handlePlay = () => {
      report('play');
      window.clearInterval(progressTimer);
      progressTimer = window.setInterval(() => report('playing'), PROGRESS_EVERY_MS);
    };
    const handlePause = () => {
      window.clearInterval(progressTimer);
      handleTimeUpdate();
      logRef.current = interruptPlayback(logRef.current);
      // `ended` follows `pause` in some browsers: it reports on its own.
      if (!video.ended) report('pause');
    };
    const handleEnded = () => {
      window.clearInterval(progressTimer);
      if (Number.isFinite(video.duration)) logRef.current = recordPlayback(logRef.current, video.duration);
      logRef.current = interruptPlayback(logRef.current);
      lastPosition = video.currentTime;
      report('ended');
    };
    const handleLeaving = () => {
      if (document.visibilityState === 'hidden') report('leaving');
    };
    const handlePageHide = () => {
      report('leaving');
    };

    // One signal removes every listener on clean-up.
    const listening = new AbortController();
    const { signal } = listening;
    video.addEventListener('timeupdate', handleTimeUpdate, { signal });
    video.addEventListener('seeking', handleSeeking, { signal });
    video.addEventListener('seeked', handleSeeked, { signal });
    video.addEventListener('play', handlePlay, { signal });
    video.addEventListener('pause', handlePause, { signal });
    video.addEventListener('ended', handleEnded, { signal });
    document.addEventListener('visibilitychange', handleLeaving, { signal });
    window.addEventListener('pagehide', handlePageHide, { signal });
    return () => {
      window.clearInterval(progressTimer);
      window.clearTimeout(noticeTimer);
      listening.abort();
      // Leaving the lesson inside the app (next lesson, back to the course).
      logRef.current = interruptPlayback(logRef.current);
      report('leaving');
    };
  }, [video]);

  return { snappedBack };
}
