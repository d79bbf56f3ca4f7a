import { execFile } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, truncateSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { probeVideo } from './probe';
import type { ProbeVerdict } from './probe-verdict';

const run = promisify(execFile);

/** ffmpeg with lavfi test sources: the corpus is made here, at test time, never checked in. */
async function ffmpeg(...args: string[]): Promise<void> {
  await run('ffmpeg', ['-hide_banner', '-loglevel', 'error', '-y', ...args]);
}

/** A TCP server that only counts who connects: any count above zero is a leak. */
async function countingServer(): Promise<{ server: Server; port: number; connections: () => number }> {
  let connections = 0;
  const server = createServer((socket) => {
    connections += 1;
    socket.destroy();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (typeof address !== 'object' || !address) throw new Error('no port');
  return { server, port: address.port, connections: () => connections };
}

/**
 * A 16384×16384 JPEG frame in AVI. ffmpeg refuses to allocate a picture that large
 * (av_image_check_size), so it cannot encode one: a small MJPEG AVI gets its AVI headers and
 * its JPEG start-of-frame rewritten to 16384×16384, which is exactly what such an upload holds.
 */
function enlargeMjpegAvi(source: string, target: string, side: number): void {
  const bytes = readFileSync(source);
  const avih = bytes.indexOf('avih') + 8;
  bytes.writeUInt32LE(side, avih + 32);
  bytes.writeUInt32LE(side, avih + 36);
  const strf = bytes.indexOf('strf') + 8;
  bytes.writeInt32LE(side, strf + 4);
  bytes.writeInt32LE(side, strf + 8);
  const startOfFrame = bytes.indexOf(Buffer.from([0xff, 0xc0]));
  if (avih < 8 || strf < 8 || startOfFrame < 0) throw new Error('not the MJPEG AVI expected');
  bytes.writeUInt16BE(side, startOfFrame + 5);
  bytes.writeUInt16BE(side, startOfFrame + 7);
  writeFileSync(target, bytes);
}

function rejectionOf(verdict: ProbeVerdict): { id: string; en: string } {
  if (verdict.accepted) throw new Error(`accepted: ${JSON.stringify(verdict.video)}`);
  return verdict.reason;
}

describe('probeVideo with the real ffprobe', () => {
  let dir: string;
  let trap: Awaited<ReturnType<typeof countingServer>>;
  const file = (name: string) => join(dir, name);

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'lentera-probe-'));
    trap = await countingServer();
    const url = `http://127.0.0.1:${trap.port}`;
    await ffmpeg('-f', 'lavfi', '-i', 'testsrc2=size=320x180:rate=25', '-f', 'lavfi', '-i', 'sine=frequency=440:sample_rate=48000',
      '-t', '2', '-c:v', 'libx264', '-pix_fmt', 'yuv420p', '-c:a', 'aac', '-shortest', file('good.mp4'));
    await ffmpeg('-f', 'lavfi', '-i', 'color=c=red:s=64x64', '-frames:v', '1', file('cover.png'));
    await Promise.all([
      // A playlist whose segments live on "another server"; renamed so it looks like an MP4.
      writeFileSync(file('playlist.mp4'), `#EXTM3U\n#EXT-X-VERSION:3\n#EXT-X-TARGETDURATION:2\n#EXTINF:2.0,\n${url}/seg0.ts\n#EXTINF:2.0,\n${url}/seg1.ts\n#EXT-X-ENDLIST\n`),
      writeFileSync(file('concat.mp4'), `ffconcat version 1.0\nfile '${url}/remote.mp4'\nfile '${file('good.mp4')}'\n`),
      writeFileSync(file('notes.mp4'), 'Catatan rapat: ini bukan video.\n'.repeat(100)),
      ffmpeg('-f', 'lavfi', '-i', 'testsrc2=size=320x180:rate=25', '-t', '4', '-c:v', 'libx264', '-pix_fmt', 'yuv420p', file('whole.mp4')),
      ffmpeg('-f', 'lavfi', '-i', 'sine=duration=2', '-c:a', 'aac', file('voice.m4a')),
      ffmpeg('-f', 'lavfi', '-i', 'sine=duration=2', '-i', file('cover.png'), '-map', '0', '-map', '1', '-c:a', 'aac', '-c:v', 'png',
        '-disposition:v', 'attached_pic', file('voice-with-cover.m4a')),
      ffmpeg('-f', 'lavfi', '-i', 'sine=duration=2', '-i', file('cover.png'), '-map', '0', '-map', '1', '-c:a', 'libmp3lame', '-c:v', 'png',
        '-disposition:v', 'attached_pic', '-id3v2_version', '3', file('song.mp3')),
      ffmpeg('-f', 'lavfi', '-i', 'color=c=gray:s=64x64:r=1', '-frames:v', '1', '-c:v', 'mjpeg', '-pix_fmt', 'yuvj420p', file('small.avi')),
      ffmpeg('-f', 'lavfi', '-i', 'color=c=gray:s=8192x8192:r=1', '-frames:v', '1', '-c:v', 'mjpeg', '-pix_fmt', 'yuvj420p', file('8192.avi')),
      ffmpeg('-f', 'lavfi', '-i', 'color=c=gray:s=4096x4096:r=1', '-frames:v', '1', '-c:v', 'mjpeg', '-pix_fmt', 'yuvj420p', file('4096-square.avi')),
      ffmpeg('-f', 'lavfi', '-i', 'testsrc2=size=160x90:rate=10', '-f', 'lavfi', '-i', 'sine=duration=1', '-t', '1',
        ...Array.from({ length: 17 }, (_, index) => ['-map', index === 0 ? '0:v' : '1:a']).flat(), '-c:v', 'mpeg4', '-c:a', 'aac', file('17-streams.mkv')),
    ]);
    await ffmpeg('-i', file('good.mp4'), '-c', 'copy', '-metadata:s:v:0', 'rotate=90', file('upright.mp4'));
    await ffmpeg('-i', file('cover.png'), '-i', file('good.mp4'), '-map', '0', '-map', '1', '-c', 'copy', '-disposition:v:0', 'attached_pic', file('with-cover.mp4'));
    enlargeMjpegAvi(file('small.avi'), file('16384.avi'), 16384);
    copyFileSync(file('whole.mp4'), file('truncated.mp4'));
    truncateSync(file('truncated.mp4'), Math.floor(statSync(file('whole.mp4')).size / 2));
  }, 120_000);

  afterAll(async () => {
    await new Promise((resolve) => trap.server.close(resolve));
    rmSync(dir, { recursive: true, force: true });
  });

  it('accepts a small MP4 clip and reports its size, length and audio', async () => {
    const verdict = await probeVideo(file('good.mp4'));
    expect(verdict).toMatchObject({
      accepted: true,
      video: { width: 320, height: 180, hasAudio: true, videoCodec: 'h264', audioCodec: 'aac', frameRate: 25, streamCount: 2 },
    });
    expect(verdict.accepted && verdict.video.durationSeconds).toBeCloseTo(2, 0);
  });

  it('reads a file whose name looks like an option or a URL as that file', async () => {
    copyFileSync(file('good.mp4'), file('-i:http:weird.mp4'));
    expect(await probeVideo(file('-i:http:weird.mp4'))).toMatchObject({ accepted: true, video: { width: 320 } });
  });

  it('reports an upright phone video as portrait', async () => {
    expect(await probeVideo(file('upright.mp4'))).toMatchObject({ accepted: true, video: { width: 180, height: 320 } });
  });

  it('measures the video, not the cover art, of an MP4 that has both', async () => {
    expect(await probeVideo(file('with-cover.mp4'))).toMatchObject({ accepted: true, video: { width: 320, height: 180, streamCount: 3 } });
  });

  it.each([
    ['an HLS playlist renamed .mp4', 'playlist.mp4', /bukan video yang dapat dibaca/],
    ['an ffconcat list renamed .mp4', 'concat.mp4', /bukan video yang dapat dibaca/],
    ['a text file', 'notes.mp4', /bukan video yang dapat dibaca/],
    ['a truncated MP4 (moov at the end, cut in half)', 'truncated.mp4', /bukan video yang dapat dibaca/],
    ['an audio-only M4A (AAC)', 'voice.m4a', /tidak berisi gambar video/],
    ['an M4A with cover art', 'voice-with-cover.m4a', /tidak berisi gambar video/],
    ['an MP3 with a cover picture (the mp3 demuxer is not on the whitelist)', 'song.mp3', /bukan video yang dapat dibaca/],
    ['a 16384×16384 frame', '16384.avi', /Ukuran gambar video ini tidak dapat dibaca/],
    ['an 8192×8192 frame', '8192.avi', /8192×8192 piksel, melebihi batas/],
    ['a 4096×4096 frame (more pixels than 4096×2304)', '4096-square.avi', /4096×4096 piksel, melebihi batas/],
    ['a file with 17 streams', '17-streams.mkv', /17 aliran/],
  ])('rejects %s with a reason', async (_label, name, reason) => {
    const rejection = rejectionOf(await probeVideo(file(name)));
    expect(rejection.id).toMatch(reason);
    expect(rejection.en).not.toBe('');
  });

  it('never connected to the server the playlist and the concat list name', () => {
    expect(trap.connections()).toBe(0);
  });

  it('would have connected without the whitelists: the trap is real', async () => {
    await run('ffprobe', ['-v', 'quiet', '-protocol_whitelist', 'file,http,tcp', '-i', file('playlist.mp4')]).catch(() => undefined);
    expect(trap.connections()).toBeGreaterThan(0);
  });

  it('gives up on a slow probe at the timeout', async () => {
    const verdict = await probeVideo(file('8192.avi'), { timeoutMs: 1 });
    expect(rejectionOf(verdict).id).toContain('terlalu lama');
  });
});
