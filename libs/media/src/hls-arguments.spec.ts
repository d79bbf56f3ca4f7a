import { HLS_SETTINGS, hlsArguments, renditionArguments, type HlsJob } from './hls-arguments';
import { ladderFor } from './ladder';

const job = (overrides: Partial<HlsJob> = {}): HlsJob => ({
  sourcePath: '/data/videos/abc/source',
  outputDir: '/data/videos/abc/.work-run1',
  renditions: ladderFor({ width: 1920, height: 1080 }),
  hasAudio: true,
  durationSeconds: 30,
  ...overrides,
});

/** The value after each occurrence of `flag`. */
function valuesOf(args: string[], flag: string): string[] {
  return args.flatMap((arg, index) => (arg === flag ? [args[index + 1]] : []));
}

function valueOf(args: string[], flag: string): string {
  const values = valuesOf(args, flag);
  expect(values).toHaveLength(1);
  return values[0];
}

describe('hlsArguments', () => {
  const args = hlsArguments(job());

  it('is one ffmpeg run: one input, read as a local file through real containers only', () => {
    expect(valuesOf(args, '-i')).toEqual(['file:/data/videos/abc/source']);
    expect(valueOf(args, '-protocol_whitelist')).toBe('file');
    expect(valueOf(args, '-format_whitelist').split(',')).not.toEqual(expect.arrayContaining(['hls']));
    expect(args.indexOf('-protocol_whitelist')).toBeLessThan(args.indexOf('-i'));
    expect(valueOf(args, '-progress')).toBe('pipe:1');
  });

  it('decodes once and splits the picture into every rendition and the poster', () => {
    const filter = valueOf(args, '-filter_complex');
    expect(filter).toMatch(/^\[0:V:0\]split=6\[s0\]\[s1\]\[s2\]\[s3\]\[s4\]\[p\];/);
    expect(filter.match(/\[0:V:0\]/g)).toHaveLength(1);
    for (const size of ['426:240', '640:360', '854:480', '1280:720', '1920:1080']) expect(filter).toContain(`scale=${size},format=yuv420p`);
    expect(filter).toContain("[p]select='gte(t\\,3.000)',trim=end_frame=1,scale=1280:720");
  });

  it('names every rendition in var_stream_map, each with its own audio, and writes the master playlist', () => {
    expect(valueOf(args, '-var_stream_map')).toBe('v:0,a:0,name:240p v:1,a:1,name:360p v:2,a:2,name:480p v:3,a:3,name:720p v:4,a:4,name:1080p');
    expect(valuesOf(args, '-map')).toEqual(['[poster]', '[v0]', '0:a:0', '[v1]', '0:a:0', '[v2]', '0:a:0', '[v3]', '0:a:0', '[v4]', '0:a:0']);
    expect(valueOf(args, '-master_pl_name')).toBe(HLS_SETTINGS.masterFileName);
    expect(valueOf(args, '-hls_segment_filename')).toBe('/data/videos/abc/.work-run1/%v/seg_%05d.ts');
    expect(args.at(-1)).toBe('/data/videos/abc/.work-run1/%v/index.m3u8');
    expect(args).toContain('/data/videos/abc/.work-run1/poster.jpg');
  });

  it('forces a keyframe every 2 s and cuts 2-second VOD segments', () => {
    expect(valueOf(args, '-force_key_frames:v')).toBe('expr:gte(t,n_forced*2)');
    expect(valueOf(args, '-sc_threshold')).toBe('0');
    expect(valueOf(args, '-hls_time')).toBe('2');
    expect(valueOf(args, '-hls_playlist_type')).toBe('vod');
    expect(valueOf(args, '-hls_flags')).toBe('independent_segments');
  });

  it('encodes H.264 main at veryfast and AAC 48 kHz stereo at the ladder bitrates', () => {
    expect(valueOf(args, '-c:v')).toBe('libx264');
    expect(valueOf(args, '-preset')).toBe('veryfast');
    expect(valueOf(args, '-profile:v')).toBe('main');
    expect([valueOf(args, '-c:a'), valueOf(args, '-ar'), valueOf(args, '-ac')]).toEqual(['aac', '48000', '2']);
    expect(valueOf(args, '-b:v:0')).toBe('400k');
    expect(valueOf(args, '-maxrate:v:4')).toBe('5350k');
    expect(valueOf(args, '-bufsize:v:3')).toBe('4200k');
    expect(valueOf(args, '-b:a:4')).toBe('160k');
  });

  it('makes video-only renditions from a silent source', () => {
    const silent = hlsArguments(job({ hasAudio: false, renditions: ladderFor({ width: 640, height: 360 }) }));
    expect(valueOf(silent, '-var_stream_map')).toBe('v:0,name:240p v:1,name:360p');
    expect(silent).not.toContain('0:a:0');
    expect(silent).not.toContain('-c:a');
  });

  it('takes the poster at 10 % of a short video, and sized like the largest rendition up to 720p', () => {
    const short = hlsArguments(job({ durationSeconds: 6, renditions: ladderFor({ width: 720, height: 1280 }) }));
    expect(valueOf(short, '-filter_complex')).toContain("[p]select='gte(t\\,0.600)',trim=end_frame=1,scale=720:1280");
  });
});

describe('renditionArguments', () => {
  it('encodes one rendition with exactly the settings the single command gives it', () => {
    const whole = hlsArguments(job());
    const ladder = job().renditions;
    const one = renditionArguments(job(), ladder[2]);
    expect(valuesOf(one, '-i')).toEqual(['file:/data/videos/abc/source']);
    expect(valueOf(one, '-filter_complex')).toBe('[0:V:0]scale=854:480,format=yuv420p[v]');
    expect(valueOf(one, '-b:v')).toBe(valueOf(whole, '-b:v:2'));
    expect(valueOf(one, '-maxrate:v')).toBe(valueOf(whole, '-maxrate:v:2'));
    expect(valueOf(one, '-bufsize:v')).toBe(valueOf(whole, '-bufsize:v:2'));
    expect(valueOf(one, '-b:a')).toBe(valueOf(whole, '-b:a:2'));
    for (const flag of ['-c:v', '-preset', '-profile:v', '-force_key_frames:v', '-sc_threshold', '-c:a', '-ar', '-ac', '-hls_time', '-hls_flags']) {
      expect([flag, valueOf(one, flag)]).toEqual([flag, valueOf(whole, flag)]);
    }
    expect(valueOf(one, '-hls_segment_filename')).toBe('/data/videos/abc/.work-run1/480p/seg_%05d.ts');
    expect(one.at(-1)).toBe('/data/videos/abc/.work-run1/480p/index.m3u8');
  });
});
