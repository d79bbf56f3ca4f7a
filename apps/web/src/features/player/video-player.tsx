import { Alert, Loader, Stack, Text, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { useEffect, useId, useRef, useState, type KeyboardEvent, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PlayerControls } from './player-controls';
import { PlayerIcon } from './player-icons';
import { playerKeyAction } from './player-keys';
import { useHls, type QualityChoice } from './use-hls';
import { useWatchTracking, type WatchProgress } from './use-watch-tracking';
import classes from './video-player.module.css';
import type { WatchedInterval } from './watched-intervals';

export type { WatchedInterval } from './watched-intervals';
export type { WatchProgress, WatchProgressReason } from './use-watch-tracking';

export interface VideoPlayerProps {
  playlistUrl: string;
  posterUrl: string | null;
  captions: { language: string; label: string; url: string }[];
  /** Seconds to start at (resume). */
  startAt?: number;
  /** The video's length as the API knows it: shown before the playlist is loaded (on the first play). */
  durationSeconds?: number;
  /** Seeking beyond the furthest watched point snaps back. */
  preventSkippingAhead?: boolean;
  /** Already watched intervals (to allow seeking within them in no-skip mode). */
  watched?: WatchedInterval[];
  /** Called at most every few seconds while playing, and on pause/seek/end, with what was played since mount. */
  onWatchProgress?: (state: WatchProgress) => void;
}

/**
 * An HLS video with its own controls: quality (automatic or one rendition), speed,
 * captions, full screen and keyboard shortcuts; it reports what was really played.
 */
export function VideoPlayer(props: VideoPlayerProps) {
  // A new playlist is a new player: hls.js, the watch log and the controls start afresh.
  return <PlayerForSource key={props.playlistUrl} {...props} />;
}

export default VideoPlayer;

function PlayerForSource(props: VideoPlayerProps) {
  const { playlistUrl, posterUrl, captions, startAt = 0, durationSeconds = 0, preventSkippingAhead = false, watched, onWatchProgress } = props;
  const { t } = useTranslation();
  const hintId = useId();
  const containerRef = useRef<HTMLDivElement>(null);
  // The element as state for the hooks (they start once it exists), as a ref for the handlers.
  const [video, setVideo] = useState<HTMLVideoElement | null>(null);
  const videoRef = useRef<HTMLVideoElement | null>(null);
  const handleVideoRef = (element: HTMLVideoElement | null) => {
    videoRef.current = element;
    setVideo(element);
  };
  const hls = useHls(video, playlistUrl, startAt);
  const tracking = useWatchTracking(video, { preventSkippingAhead, watched, onWatchProgress });

  const [playing, setPlaying] = useState(false);
  const [started, setStarted] = useState(false);
  const [currentTime, setCurrentTime] = useState(startAt);
  // The element's own duration once it has loaded the playlist; seeking waits for it.
  const [mediaDuration, setMediaDuration] = useState(0);
  const [muted, setMuted] = useState(false);
  const [rate, setRate] = useState(1);
  const [captionLanguage, setCaptionLanguage] = useState<string | null>(null);
  const [lastCaption, setLastCaption] = useState<string | null>(captions[0]?.language ?? null);
  const [fullscreen, setFullscreen] = useState(false);

  useEffect(() => {
    const handleFullscreenChange = () => {
      setFullscreen(document.fullscreenElement !== null && document.fullscreenElement === containerRef.current);
    };
    document.addEventListener('fullscreenchange', handleFullscreenChange);
    return () => document.removeEventListener('fullscreenchange', handleFullscreenChange);
  }, []);

  const handleTogglePlay = () => {
    const video = videoRef.current;
    if (!video) return;
    if (video.paused || video.ended) video.play().catch(() => undefined);
    else video.pause();
  };
  const handleSeek = (seconds: number) => {
    const video = videoRef.current;
    if (!video) return;
    const end = Number.isFinite(video.duration) ? video.duration : seconds;
    video.currentTime = Math.max(0, Math.min(seconds, end));
  };
  const handleToggleMute = () => {
    const video = videoRef.current;
    if (video) video.muted = !video.muted;
  };
  const handleRateChange = (value: number) => {
    const video = videoRef.current;
    if (video) video.playbackRate = value;
  };
  const handleQualityChange = (choice: QualityChoice) => {
    hls.chooseQuality(choice);
  };
  const handleCaptionChange = (language: string | null) => {
    setCaptionLanguage(language);
    if (language) setLastCaption(language);
    const video = videoRef.current;
    if (!video) return;
    for (const track of Array.from(video.textTracks)) {
      track.mode = language !== null && track.language === language ? 'showing' : 'disabled';
    }
  };
  const handleToggleFullscreen = () => {
    const container = containerRef.current;
    if (!container) return;
    if (document.fullscreenElement) {
      document.exitFullscreen().catch(() => undefined);
    } else if (container.requestFullscreen) {
      container.requestFullscreen().catch(() => undefined);
    } else {
      // iPhone Safari: only the video itself goes full screen, with the system's controls.
      (videoRef.current as (HTMLVideoElement & { webkitEnterFullscreen?: () => void }) | null)?.webkitEnterFullscreen?.();
    }
  };

  const handleKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const target = event.target as HTMLElement;
    // An open menu (quality, speed, captions) keeps its own keys, letters included (type-ahead).
    if (target.closest('[role="menu"]')) return;
    const onControl = target !== event.currentTarget && target.tagName !== 'VIDEO' && target.closest('button, [role="slider"], [role^="menuitem"], input') !== null;
    const action = playerKeyAction({ key: event.key, ctrlKey: event.ctrlKey, metaKey: event.metaKey, altKey: event.altKey, onControl });
    const video = videoRef.current;
    if (!action || !video) return;
    event.preventDefault();
    switch (action.type) {
      case 'togglePlay':
        handleTogglePlay();
        break;
      case 'seekBy':
        handleSeek(video.currentTime + action.seconds);
        break;
      case 'toggleMute':
        handleToggleMute();
        break;
      case 'toggleFullscreen':
        handleToggleFullscreen();
        break;
      case 'toggleCaptions':
        if (captions.length > 0) handleCaptionChange(captionLanguage ? null : (lastCaption ?? captions[0].language));
        break;
    }
  };

  const handleDuration = (event: SyntheticEvent<HTMLVideoElement>) => {
    const value = event.currentTarget.duration;
    if (Number.isFinite(value)) setMediaDuration(value);
  };

  return (
    <Stack gap={6}>
      <div
        ref={containerRef}
        className={classes.player}
        role="region"
        aria-label={t('learning.player.region')}
        aria-describedby={hintId}
        tabIndex={0}
        onKeyDown={handleKeyDown}
        data-testid="video-player"
      >
        <div className={classes.stage}>
          <video
            ref={handleVideoRef}
            className={classes.video}
            poster={posterUrl ?? undefined}
            preload="metadata"
            playsInline
            onClick={handleTogglePlay}
            onPlay={() => {
              setStarted(true);
              setPlaying(true);
            }}
            onPause={() => setPlaying(false)}
            onEnded={() => setPlaying(false)}
            onTimeUpdate={(event) => setCurrentTime(event.currentTarget.currentTime)}
            onSeeked={(event) => setCurrentTime(event.currentTarget.currentTime)}
            onDurationChange={handleDuration}
            onLoadedMetadata={handleDuration}
            onVolumeChange={(event) => setMuted(event.currentTarget.muted)}
            onRateChange={(event) => setRate(event.currentTarget.playbackRate)}
          >
            {captions.map((caption) => (
              <track key={caption.language} kind="subtitles" src={caption.url} srcLang={caption.language} label={caption.label} />
            ))}
          </video>
          {!started && hls.status !== 'error' && (
            <UnstyledButton className={classes.bigPlay} aria-label={t('learning.player.playVideo')} onClick={handleTogglePlay}>
              {hls.status === 'loading' ? <Loader color="gray.0" size="md" m="auto" display="block" /> : <PlayerIcon name="play" size={44} />}
            </UnstyledButton>
          )}
          {hls.status === 'loading' && <VisuallyHidden role="status">{t('learning.player.loading')}</VisuallyHidden>}
          {(hls.status === 'error' || tracking.snappedBack) && (
            <Alert className={classes.overlayMessage} color={hls.status === 'error' ? 'red' : 'yellow'} variant="filled" role="status" p="xs">
              <Text size="sm">{t(hls.status === 'error' ? 'learning.player.error' : 'learning.player.noSkipNotice')}</Text>
            </Alert>
          )}
        </div>
        <PlayerControls
          playing={playing}
          currentTime={currentTime}
          duration={mediaDuration || durationSeconds}
        seekable={mediaDuration > 0}
          muted={muted}
          rate={rate}
          levels={hls.levels}
          quality={hls.quality}
          playingLevel={hls.playingLevel}
          captions={captions}
          captionLanguage={captionLanguage}
          fullscreen={fullscreen}
          onTogglePlay={handleTogglePlay}
          onSeek={handleSeek}
          onToggleMute={handleToggleMute}
          onRateChange={handleRateChange}
          onQualityChange={handleQualityChange}
          onCaptionChange={handleCaptionChange}
          onToggleFullscreen={handleToggleFullscreen}
        />
      </div>
      {/* Read with the player by screen readers; shown to those with a keyboard (wider screens). */}
      <Text id={hintId} size="xs" c="dimmed" visibleFrom="sm">
        {t('learning.player.keyboardHint')}
      </Text>
    </Stack>
  );
}
