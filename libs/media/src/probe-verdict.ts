import type { LocalizedMessage } from '@lentera/errors';

/** What the rest of Lentera needs to know about an accepted video. */
export interface VideoProbe {
  /** ffprobe's demuxer name, e.g. `mov,mp4,m4a,3gp,3g2,mj2` or `matroska,webm`. */
  formatName: string;
  durationSeconds: number;
  /** As displayed: a phone video recorded upright (rotation ±90°) is reported portrait. */
  width: number;
  height: number;
  hasAudio: boolean;
  videoCodec: string;
  audioCodec: string | null;
  frameRate: number;
  streamCount: number;
  sizeBytes: number;
}

export type ProbeVerdict = { accepted: true; video: VideoProbe } | { accepted: false; reason: LocalizedMessage };

export const VIDEO_LIMITS = {
  /** Longest side, in pixels (4K UHD is 3840, DCI 4K 4096). */
  maxSide: 4096,
  /** 4096×2304: 4K at 16:9; a 4096×4096 square is too much work for one worker. */
  maxPixels: 4096 * 2304,
  maxDurationSeconds: 6 * 60 * 60,
  /** Video, audio tracks, subtitles and data streams together. */
  maxStreams: 16,
} as const;

/**
 * The demuxers ffprobe and ffmpeg may use for an upload: real video containers only. Never
 * `hls`, `dash`, `concat`, `image2`, `lavfi`, `tty`, `sdp` or the like: those open other files
 * or URLs named inside the upload. (`av_match_list` matches `mov` against the demuxer called
 * `mov,mp4,m4a,3gp,3g2,mj2`.)
 */
export const VIDEO_FORMAT_WHITELIST = ['mov', 'matroska', 'webm', 'avi', 'mpegts', 'mpeg', 'asf', 'flv'] as const;
