// Video probing, the HLS ladder and ffmpeg runs, shared by the API (upload checks) and the worker (transcoding).
export { DataDirectory } from './data-directory';
export { CAPTION_LANGUAGE, videoPaths } from './video-paths';
export { VIDEO_FORMAT_WHITELIST, VIDEO_LIMITS, type ProbeVerdict, type VideoProbe } from './probe-verdict';
export { judgeProbe } from './judge-probe';
export { DEFAULT_PROBE_TIMEOUT_MS, probeVideo } from './probe';
export { LADDER, ladderFor, type Rendition } from './ladder';
export { HLS_SETTINGS, hlsArguments, renditionArguments, type HlsJob } from './hls-arguments';
export { runFfmpeg, type FfmpegRunOptions, type FfmpegRunResult } from './run-ffmpeg';
export { FfmpegProgress } from './ffmpeg-progress';
export { checkWebVtt, MAX_CAPTION_BYTES } from './webvtt';
export { bandwidthOf, hlsMediaTypeOf } from './media-types';
