import type { LocalizedMessage } from '@lentera/errors';
import { VIDEO_FORMAT_WHITELIST, VIDEO_LIMITS, type ProbeVerdict } from './probe-verdict';

interface FfprobeStream {
  codec_type?: string;
  codec_name?: string;
  width?: number;
  height?: number;
  avg_frame_rate?: string;
  r_frame_rate?: string;
  duration?: string;
  disposition?: { attached_pic?: number };
  tags?: { rotate?: string };
  side_data_list?: { rotation?: number }[];
}

interface FfprobeFormat {
  format_name?: string;
  duration?: string;
  size?: string;
  nb_streams?: number;
}

const SUPPORTED_NAMES = 'MP4, MOV, MKV, WebM, AVI, MPEG, WMV atau FLV';
const SUPPORTED_NAMES_EN = 'MP4, MOV, MKV, WebM, AVI, MPEG, WMV or FLV';

export const probeReasons = {
  unreadable: (): LocalizedMessage => ({
    id: `Berkas ini bukan video yang dapat dibaca (formatnya tidak dikenali atau berkasnya rusak/terpotong). Unggah video ${SUPPORTED_NAMES}.`,
    en: `This file is not a readable video (its format is not recognised, or the file is damaged or cut off). Upload a ${SUPPORTED_NAMES_EN} video.`,
  }),
  unsupportedFormat: (format: string): LocalizedMessage => ({
    id: `Format berkas ini (${format}) bukan format video yang didukung. Unggah video ${SUPPORTED_NAMES}.`,
    en: `This file's format (${format}) is not a supported video format. Upload a ${SUPPORTED_NAMES_EN} video.`,
  }),
  noVideo: (): LocalizedMessage => ({
    id: 'Berkas ini tidak berisi gambar video (hanya suara, atau hanya gambar sampul). Unggah berkas video.',
    en: 'This file holds no moving picture (only sound, or only a cover picture). Upload a video file.',
  }),
  unreadablePicture: (): LocalizedMessage => ({
    id: `Ukuran gambar video ini tidak dapat dibaca: berkasnya rusak, atau gambarnya jauh melebihi batas ${VIDEO_LIMITS.maxSide}×2304 piksel.`,
    en: `The picture size of this video cannot be read: the file is damaged, or its picture is far beyond the ${VIDEO_LIMITS.maxSide}×2304 pixel limit.`,
  }),
  tooLarge: (width: number, height: number): LocalizedMessage => ({
    id: `Resolusi video ini ${width}×${height} piksel, melebihi batas ${VIDEO_LIMITS.maxSide}×2304 (4K). Perkecil resolusinya, lalu unggah lagi.`,
    en: `This video is ${width}×${height} pixels, more than the ${VIDEO_LIMITS.maxSide}×2304 (4K) limit. Scale it down and upload it again.`,
  }),
  noDuration: (): LocalizedMessage => ({
    id: 'Durasi video ini tidak dapat dibaca; berkasnya mungkin rusak atau terpotong.',
    en: "This video's length cannot be read; the file may be damaged or cut off.",
  }),
  tooLong: (seconds: number): LocalizedMessage => ({
    id: `Video ini berdurasi ${formatHours(seconds, 'jam', 'menit')}, lebih dari batas 6 jam. Potong menjadi beberapa video.`,
    en: `This video runs ${formatHours(seconds, 'h', 'min')}, more than the 6-hour limit. Cut it into several videos.`,
  }),
  tooManyStreams: (count: number): LocalizedMessage => ({
    id: `Berkas ini berisi ${count} aliran (video, suara, subtitle), lebih dari batas ${VIDEO_LIMITS.maxStreams}. Ekspor ulang dengan satu video dan satu suara.`,
    en: `This file holds ${count} streams (video, audio, subtitles), more than the limit of ${VIDEO_LIMITS.maxStreams}. Export it again with one video and one audio track.`,
  }),
  timedOut: (): LocalizedMessage => ({
    id: 'Pemeriksaan berkas video ini terlalu lama; berkasnya mungkin rusak. Ekspor ulang videonya, lalu unggah lagi.',
    en: 'Checking this video file took too long; the file may be damaged. Export the video again and upload it once more.',
  }),
};

/**
 * Decides from ffprobe's JSON (`-show_format -show_streams`) whether Lentera takes the upload.
 * Pure, so every rule has a unit test; `probeVideo` feeds it the real ffprobe output.
 */
export function judgeProbe(ffprobeOutput: unknown): ProbeVerdict {
  const output = (isObject(ffprobeOutput) ? ffprobeOutput : {}) as { format?: FfprobeFormat; streams?: FfprobeStream[] };
  const format = isObject(output.format) ? (output.format as FfprobeFormat) : null;
  const streams = (Array.isArray(output.streams) ? output.streams.filter(isObject) : []) as FfprobeStream[];
  if (!format || typeof format.format_name !== 'string' || format.format_name === '') return reject(probeReasons.unreadable());
  if (!isWhitelisted(format.format_name)) return reject(probeReasons.unsupportedFormat(format.format_name));

  const streamCount = Math.max(streams.length, numberOr(format.nb_streams, 0));
  if (streamCount > VIDEO_LIMITS.maxStreams) return reject(probeReasons.tooManyStreams(streamCount));

  // Cover art and thumbnails come as one-picture "video" streams marked attached_pic.
  const video = streams.find((stream) => stream.codec_type === 'video' && stream.disposition?.attached_pic !== 1);
  if (!video) return reject(probeReasons.noVideo());
  const storedWidth = numberOr(video.width, 0);
  const storedHeight = numberOr(video.height, 0);
  // ffmpeg refuses pictures of 16384×16384 and more outright; ffprobe then reports 0×0.
  if (storedWidth <= 0 || storedHeight <= 0 || !video.codec_name) return reject(probeReasons.unreadablePicture());
  const [width, height] = isQuarterTurn(video) ? [storedHeight, storedWidth] : [storedWidth, storedHeight];
  if (Math.max(width, height) > VIDEO_LIMITS.maxSide || width * height > VIDEO_LIMITS.maxPixels) {
    return reject(probeReasons.tooLarge(width, height));
  }

  const durationSeconds = numberOr(format.duration, numberOr(video.duration, NaN));
  if (!Number.isFinite(durationSeconds) || durationSeconds <= 0) return reject(probeReasons.noDuration());
  if (durationSeconds > VIDEO_LIMITS.maxDurationSeconds) return reject(probeReasons.tooLong(durationSeconds));

  const audio = streams.find((stream) => stream.codec_type === 'audio');
  return {
    accepted: true,
    video: {
      formatName: format.format_name,
      durationSeconds,
      width,
      height,
      hasAudio: audio !== undefined,
      videoCodec: video.codec_name,
      audioCodec: audio?.codec_name ?? null,
      frameRate: frameRateOf(video),
      streamCount,
      sizeBytes: numberOr(format.size, 0),
    },
  };
}

function reject(reason: LocalizedMessage): ProbeVerdict {
  return { accepted: false, reason };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** ffprobe writes most numbers as strings ("12.5"); a few (nb_streams, width) as numbers. */
function numberOr(value: unknown, fallback: number): number {
  const parsed = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
  return Number.isFinite(parsed) ? parsed : fallback;
}

/** The demuxer name is a list itself (`mov,mp4,m4a,3gp,3g2,mj2`): one of its names must be allowed. */
function isWhitelisted(formatName: string): boolean {
  const allowed: readonly string[] = VIDEO_FORMAT_WHITELIST;
  return formatName.split(',').some((name) => allowed.includes(name));
}

/** Phones store upright video as landscape plus a display matrix; ffmpeg turns it on decoding. */
function isQuarterTurn(stream: FfprobeStream): boolean {
  const rotation = stream.side_data_list?.find((data) => typeof data.rotation === 'number')?.rotation ?? numberOr(stream.tags?.rotate, 0);
  return Math.abs(Math.round(rotation / 90)) % 2 === 1;
}

function frameRateOf(stream: FfprobeStream): number {
  for (const rate of [stream.avg_frame_rate, stream.r_frame_rate]) {
    const [numerator, denominator] = (rate ?? '').split('/').map(Number);
    if (numerator > 0 && denominator > 0) return Math.round((numerator / denominator) * 1000) / 1000;
  }
  return 0;
}

function formatHours(seconds: number, hourUnit: string, minuteUnit: string): string {
  const minutes = Math.round(seconds / 60);
  return `${Math.floor(minutes / 60)} ${hourUnit} ${minutes % 60} ${minuteUnit}`;
}
