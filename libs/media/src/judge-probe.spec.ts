import { judgeProbe } from './judge-probe';
import { VIDEO_LIMITS } from './probe-verdict';

interface StreamSpec {
  codec_type: string;
  codec_name?: string;
  width?: number;
  height?: number;
  avg_frame_rate?: string;
  disposition?: { attached_pic: number };
  side_data_list?: { rotation: number }[];
}

const videoStream = (overrides: Partial<StreamSpec> = {}): StreamSpec => ({
  codec_type: 'video',
  codec_name: 'h264',
  width: 1920,
  height: 1080,
  avg_frame_rate: '30000/1001',
  disposition: { attached_pic: 0 },
  ...overrides,
});
const audioStream = (): StreamSpec => ({ codec_type: 'audio', codec_name: 'aac' });

function probeOutput(options: { formatName?: string; duration?: string | undefined; streams?: StreamSpec[]; size?: string } = {}) {
  const streams = options.streams ?? [videoStream(), audioStream()];
  return {
    streams,
    format: {
      format_name: options.formatName ?? 'mov,mp4,m4a,3gp,3g2,mj2',
      ...('duration' in options ? { duration: options.duration } : { duration: '125.400000' }),
      size: options.size ?? '52428800',
      nb_streams: streams.length,
    },
  };
}

function reasonOf(output: unknown): { id: string; en: string } {
  const verdict = judgeProbe(output);
  if (verdict.accepted) throw new Error('expected a rejection');
  expect(verdict.reason.id.length).toBeGreaterThan(20);
  expect(verdict.reason.en.length).toBeGreaterThan(20);
  return verdict.reason;
}

describe('judgeProbe', () => {
  it('accepts an MP4 with video and audio and reports what the worker needs', () => {
    expect(judgeProbe(probeOutput())).toEqual({
      accepted: true,
      video: {
        formatName: 'mov,mp4,m4a,3gp,3g2,mj2',
        durationSeconds: 125.4,
        width: 1920,
        height: 1080,
        hasAudio: true,
        videoCodec: 'h264',
        audioCodec: 'aac',
        frameRate: 29.97,
        streamCount: 2,
        sizeBytes: 52428800,
      },
    });
  });

  it('accepts a silent WebM (matroska,webm) and says it has no audio', () => {
    const verdict = judgeProbe(probeOutput({ formatName: 'matroska,webm', streams: [videoStream({ codec_name: 'vp9' })] }));
    expect(verdict).toMatchObject({ accepted: true, video: { hasAudio: false, audioCodec: null, videoCodec: 'vp9' } });
  });

  it('reports an upright phone video (rotation -90) as portrait', () => {
    const verdict = judgeProbe(probeOutput({ streams: [videoStream({ side_data_list: [{ rotation: -90 }] }), audioStream()] }));
    expect(verdict).toMatchObject({ accepted: true, video: { width: 1080, height: 1920 } });
  });

  it.each([['hls'], ['concat'], ['image2'], ['lavfi'], ['tty'], ['mp3'], ['png_pipe']])('refuses the %s demuxer', (formatName) => {
    expect(reasonOf(probeOutput({ formatName })).id).toContain(`(${formatName})`);
  });

  it.each([
    ['nothing', undefined],
    ['an empty object (ffprobe found no format)', {}],
    ['a format without a name', { format: { duration: '3' }, streams: [] }],
    ['a string', 'not json'],
  ])('calls %s unreadable', (_label, output) => {
    expect(reasonOf(output).id).toMatch(/^Berkas ini bukan video yang dapat dibaca/);
  });

  it('refuses audio only', () => {
    expect(reasonOf(probeOutput({ streams: [audioStream()] })).id).toContain('tidak berisi gambar video');
  });

  it('does not count cover art (attached_pic) as video', () => {
    const cover = videoStream({ codec_name: 'mjpeg', width: 600, height: 600, disposition: { attached_pic: 1 } });
    expect(reasonOf(probeOutput({ streams: [audioStream(), cover] })).en).toContain('cover picture');
  });

  it('takes the real video when a file has cover art too', () => {
    const cover = videoStream({ codec_name: 'png', width: 600, height: 600, disposition: { attached_pic: 1 } });
    const verdict = judgeProbe(probeOutput({ streams: [cover, videoStream({ width: 1280, height: 720 }), audioStream()] }));
    expect(verdict).toMatchObject({ accepted: true, video: { width: 1280, height: 720, videoCodec: 'h264' } });
  });

  it('refuses a picture ffmpeg could not size (0×0: what a 16384×16384 frame gives)', () => {
    expect(reasonOf(probeOutput({ streams: [videoStream({ width: 0, height: 0 })] })).id).toContain('Ukuran gambar video ini tidak dapat dibaca');
  });

  it.each([
    [4097, 1000],
    [1000, 4097],
    [8192, 8192],
  ])('refuses %i×%i: a side over 4096', (width, height) => {
    expect(reasonOf(probeOutput({ streams: [videoStream({ width, height })] })).id).toContain(`${width}×${height}`);
  });

  it('refuses 4096×4096: every side fits but the pixels exceed 4096×2304', () => {
    expect(4096 * 4096).toBeGreaterThan(VIDEO_LIMITS.maxPixels);
    expect(reasonOf(probeOutput({ streams: [videoStream({ width: 4096, height: 4096 })] })).en).toContain('4096×4096');
  });

  it.each([
    [4096, 2304],
    [2304, 4096],
    [3840, 2160],
  ])('accepts %i×%i', (width, height) => {
    expect(judgeProbe(probeOutput({ streams: [videoStream({ width, height })] })).accepted).toBe(true);
  });

  it.each([
    ['missing', undefined],
    ['N/A', 'N/A'],
    ['zero', '0.000000'],
    ['negative', '-3'],
  ])('refuses a duration that is %s', (_label, duration) => {
    expect(reasonOf(probeOutput({ duration })).id).toContain('Durasi video ini tidak dapat dibaca');
  });

  it('falls back on the video stream duration when the container has none', () => {
    const output = probeOutput({ duration: undefined, streams: [{ ...videoStream(), duration: '42.5' } as StreamSpec] });
    expect(judgeProbe(output)).toMatchObject({ accepted: true, video: { durationSeconds: 42.5 } });
  });

  it('accepts exactly 6 hours and refuses a second more', () => {
    expect(judgeProbe(probeOutput({ duration: String(VIDEO_LIMITS.maxDurationSeconds) })).accepted).toBe(true);
    expect(reasonOf(probeOutput({ duration: String(VIDEO_LIMITS.maxDurationSeconds + 1) })).id).toContain('lebih dari batas 6 jam');
  });

  it('accepts 16 streams and refuses 17', () => {
    const streams = (count: number) => [videoStream(), ...Array.from({ length: count - 1 }, audioStream)];
    expect(judgeProbe(probeOutput({ streams: streams(16) })).accepted).toBe(true);
    expect(reasonOf(probeOutput({ streams: streams(17) })).id).toContain('17 aliran');
  });
});
