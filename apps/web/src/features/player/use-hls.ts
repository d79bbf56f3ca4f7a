import { useCallback, useEffect, useRef, useState } from 'react';
import type Hls from 'hls.js';
import type { HlsConfig } from 'hls.js';

/** One rendition of the ladder the viewer can pick. */
export interface QualityLevel {
  /** hls.js level index. */
  index: number;
  /** "720p": the shorter side, as the ladder names renditions (a portrait video too). */
  label: string;
  height: number;
  bitrate: number;
}

export type HlsStatus = 'loading' | 'ready' | 'error';

/** `auto` lets hls.js choose by bandwidth; a number pins one level. */
export type QualityChoice = 'auto' | number;

export interface HlsPlayback {
  status: HlsStatus;
  /** hls.js plays through Media Source Extensions; `native` is Safari's own HLS (no quality choice). */
  engine: 'hls.js' | 'native' | null;
  levels: QualityLevel[];
  quality: QualityChoice;
  /** The level playing now (under `auto` too), or null when unknown. */
  playingLevel: QualityLevel | null;
  chooseQuality: (choice: QualityChoice) => void;
}

/**
 * Tuned for learners on weak mobile connections: start on the bandwidth estimate (low by
 * default), never fetch more pixels than the player shows, keep a modest buffer ahead
 * (20 s of 2-second segments) so a slow link is not spent on video nobody watches.
 */
const HLS_CONFIG: Partial<HlsConfig> = {
  startLevel: -1,
  capLevelToPlayerSize: true,
  abrEwmaDefaultEstimate: 500_000,
  maxBufferLength: 20,
  maxMaxBufferLength: 40,
  maxBufferSize: 30 * 1000 * 1000,
  backBufferLength: 30,
  // Nothing but the playlist before the learner presses play: opening a lesson costs no data plan.
  autoStartLoad: false,
};

/** Network hiccups are retried this often before the player gives up. */
const MAX_NETWORK_RETRIES = 3;

function levelsOf(hls: Hls): QualityLevel[] {
  return hls.levels
    .map((level, index) => ({
      index,
      height: level.height,
      bitrate: level.bitrate,
      label: `${Math.min(level.width || level.height, level.height || level.width)}p`,
    }))
    .sort((a, b) => b.height - a.height);
}

function canPlayMse(): boolean {
  return typeof window !== 'undefined' && ('MediaSource' in window || 'ManagedMediaSource' in window);
}

function canPlayNativeHls(video: HTMLVideoElement): boolean {
  return video.canPlayType('application/vnd.apple.mpegurl') !== '';
}

/**
 * Plays an HLS playlist in `video`: hls.js (loaded only now, in its own chunk) where Media
 * Source Extensions exist, otherwise the browser's own HLS (iPhone Safari before iOS 17.1).
 * The only place in the app that touches hls.js; destroys it when the video goes away.
 */
export function useHls(video: HTMLVideoElement | null, src: string, startAt: number): HlsPlayback {
  const hlsRef = useRef<Hls | null>(null);
  const [status, setStatus] = useState<HlsStatus>('loading');
  const [engine, setEngine] = useState<HlsPlayback['engine']>(null);
  const [levels, setLevels] = useState<QualityLevel[]>([]);
  const [quality, setQuality] = useState<QualityChoice>('auto');
  const [playingIndex, setPlayingIndex] = useState<number | null>(null);
  // The start position is read once per source: a resume, not something to follow.
  const startAtRef = useRef(startAt);

  useEffect(() => {
    if (!video) return undefined;
    let cancelled = false;
    let hls: Hls | null = null;
    let startLoadingOnPlay: (() => void) | null = null;
    // State starts fresh per source: the player is keyed by its playlist URL.
    const startPosition = startAtRef.current;

    // Safari's own HLS honours preload="metadata": no segments before play either.
    const playNatively = () => {
      setEngine('native');
      const seekToStart = () => {
        if (startPosition > 0) video.currentTime = startPosition;
        setStatus('ready');
      };
      video.addEventListener('loadedmetadata', seekToStart, { once: true });
      video.src = src;
    };

    const playWithHlsJs = (HlsClass: typeof Hls) => {
      setEngine('hls.js');
      let networkRetries = 0;
      hls = new HlsClass({ ...HLS_CONFIG, startPosition: startPosition > 0 ? startPosition : -1 });
      hlsRef.current = hls;
      const instance = hls;
      instance.on(HlsClass.Events.MANIFEST_PARSED, () => {
        setLevels(levelsOf(instance));
        setStatus('ready');
      });
      instance.on(HlsClass.Events.LEVEL_SWITCHED, (_event, data) => {
        setPlayingIndex(data.level);
      });
      instance.on(HlsClass.Events.FRAG_LOADED, () => {
        networkRetries = 0;
      });
      instance.on(HlsClass.Events.ERROR, (_event, data) => {
        if (!data.fatal) return;
        if (data.type === HlsClass.ErrorTypes.NETWORK_ERROR && networkRetries < MAX_NETWORK_RETRIES) {
          networkRetries += 1;
          instance.startLoad();
        } else if (data.type === HlsClass.ErrorTypes.MEDIA_ERROR) {
          instance.recoverMediaError();
        } else {
          setStatus('error');
        }
      });
      startLoadingOnPlay = () => instance.startLoad(startPosition > 0 ? startPosition : -1);
      video.addEventListener('play', startLoadingOnPlay, { once: true });
      instance.attachMedia(video);
      instance.loadSource(src);
    };

    const start = async () => {
      if (!canPlayMse()) {
        if (canPlayNativeHls(video)) playNatively();
        else setStatus('error');
        return;
      }
      try {
        const { default: HlsClass } = await import('hls.js/light');
        if (cancelled) return;
        if (HlsClass.isSupported()) playWithHlsJs(HlsClass);
        else if (canPlayNativeHls(video)) playNatively();
        else setStatus('error');
      } catch {
        // The chunk did not arrive (connection lost): the browser's own HLS, if it has one.
        if (cancelled) return;
        if (canPlayNativeHls(video)) playNatively();
        else setStatus('error');
      }
    };
    void start();

    return () => {
      cancelled = true;
      if (startLoadingOnPlay) video.removeEventListener('play', startLoadingOnPlay);
      if (hls) {
        hls.destroy();
        hlsRef.current = null;
      } else if (video.getAttribute('src')) {
        video.removeAttribute('src');
        video.load();
      }
    };
  }, [video, src]);

  const chooseQuality = useCallback((choice: QualityChoice) => {
    const hls = hlsRef.current;
    if (!hls) return;
    // currentLevel switches now (flushing the buffer): the learner asked to see the change.
    hls.currentLevel = choice === 'auto' ? -1 : choice;
    setQuality(choice);
  }, []);

  const playingLevel = levels.find((level) => level.index === playingIndex) ?? null;
  return { status, engine, levels, quality, playingLevel, chooseQuality };
}
