import { execFile, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { hlsArguments, HLS_SETTINGS, type HlsJob } from './hls-arguments';
import { ladderFor } from './ladder';
import { runFfmpeg } from './run-ffmpeg';

const run = promisify(execFile);

async function ffmpeg(...args: string[]): Promise<void> {
  await run('ffmpeg', ['-hide_banner', '-loglevel', 'error', '-y', ...args]);
}

async function ffprobeJson(path: string, ...args: string[]): Promise<{ streams: { codec_type: string; width?: number; height?: number }[]; format: { duration: string } }> {
  const { stdout } = await run('ffprobe', ['-v', 'error', '-print_format', 'json', '-show_format', '-show_streams', ...args, path]);
  return JSON.parse(stdout);
}

/** Processes whose command line names `text`: none may outlive a run. */
async function processesNaming(text: string): Promise<string> {
  try {
    const { stdout } = await run('pgrep', ['-af', text]);
    return stdout.split('\n').filter((line) => line.trim() !== '' && !line.includes('pgrep')).join('\n');
  } catch {
    return ''; // pgrep exits 1 when nothing matches
  }
}

describe('runFfmpeg(hlsArguments(...)) with the real ffmpeg', () => {
  let dir: string;
  const sixSeconds = () => join(dir, 'clip-6s.mp4');
  const twoMinutes = () => join(dir, 'clip-120s.mp4');

  function job(source: string, name: string, durationSeconds: number): HlsJob {
    const outputDir = join(dir, name);
    mkdirSync(outputDir);
    return { sourcePath: source, outputDir, renditions: ladderFor({ width: 640, height: 360 }), hasAudio: true, durationSeconds };
  }

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'lentera-hls-'));
    await ffmpeg('-f', 'lavfi', '-i', 'testsrc2=size=640x360:rate=25', '-f', 'lavfi', '-i', 'sine=frequency=440:sample_rate=44100',
      '-t', '6', '-c:v', 'libx264', '-pix_fmt', 'yuv420p', '-c:a', 'aac', '-shortest', sixSeconds());
    await ffmpeg('-f', 'lavfi', '-i', 'testsrc2=size=640x360:rate=25', '-f', 'lavfi', '-i', 'sine=sample_rate=44100',
      '-t', '120', '-c:v', 'libx264', '-preset', 'ultrafast', '-pix_fmt', 'yuv420p', '-c:a', 'aac', '-shortest', twoMinutes());
  }, 120_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes every rendition, 2-second segments and the poster in one run, and reports progress up to 100', async () => {
    const hls = job(sixSeconds(), 'out', 6);
    const seen: number[] = [];
    const result = await runFfmpeg(hlsArguments(hls), { timeoutMs: 120_000, durationSeconds: 6, onProgress: (percent) => seen.push(percent) });

    expect(result).toMatchObject({ code: 0, signal: null, timedOut: false, aborted: false });
    expect(result.cpuSeconds).toBeGreaterThan(0.1);
    expect(seen.at(-1)).toBe(100);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));

    const master = readFileSync(join(hls.outputDir, HLS_SETTINGS.masterFileName), 'utf8');
    expect(master.match(/^#EXT-X-STREAM-INF:.*RESOLUTION=(\d+x\d+)/gm)?.map((line) => line.replace(/.*RESOLUTION=/, ''))).toEqual(['426x240', '640x360']);
    expect(master.split('\n').filter((line) => line.endsWith('.m3u8'))).toEqual(['240p/index.m3u8', '360p/index.m3u8']);

    for (const rendition of hls.renditions) {
      const playlist = join(hls.outputDir, rendition.name, 'index.m3u8');
      const text = readFileSync(playlist, 'utf8');
      expect(text).toContain('#EXT-X-PLAYLIST-TYPE:VOD');
      expect(text).toContain('#EXT-X-ENDLIST');
      const durations = [...text.matchAll(/^#EXTINF:([\d.]+),/gm)].map((match) => Number(match[1]));
      expect(durations).toHaveLength(3);
      for (const seconds of durations) expect(seconds).toBeCloseTo(2, 1);

      const probed = await ffprobeJson(playlist, '-protocol_whitelist', 'file,crypto,data');
      expect(Number(probed.format.duration)).toBeCloseTo(6, 0);
      expect(probed.streams.find((stream) => stream.codec_type === 'video')).toMatchObject({ width: rendition.width, height: rendition.height });
      expect(probed.streams.some((stream) => stream.codec_type === 'audio')).toBe(true);
      // Decodes to the end: every frame of the rendition is there.
      const { stdout } = await run('ffprobe', ['-v', 'error', '-protocol_whitelist', 'file,crypto,data', '-count_frames', '-select_streams', 'v:0',
        '-show_entries', 'stream=nb_read_frames', '-of', 'csv=p=0', playlist]);
      // (HLS lists the stream again under its program: the first line counts.)
      expect(Number(stdout.trim().split('\n')[0])).toBe(150);
    }

    const poster = await ffprobeJson(join(hls.outputDir, HLS_SETTINGS.posterFileName));
    expect(poster.streams[0]).toMatchObject({ codec_type: 'video', width: 640, height: 360 });
  });

  it('kills ffmpeg on abort, leaving no process behind', async () => {
    const hls = job(twoMinutes(), 'aborted', 120);
    const controller = new AbortController();
    const running = runFfmpeg(hlsArguments(hls), {
      timeoutMs: 120_000,
      durationSeconds: 120,
      signal: controller.signal,
      onProgress: () => controller.abort(),
    });
    const result = await running;
    expect(result).toMatchObject({ aborted: true, timedOut: false, code: null, signal: 'SIGKILL' });
    expect(result.cpuSeconds).toBeGreaterThan(0);
    expect(await processesNaming(hls.outputDir)).toBe('');
  });

  it('kills ffmpeg at the timeout', async () => {
    const hls = job(twoMinutes(), 'timed-out', 120);
    const result = await runFfmpeg(hlsArguments(hls), { timeoutMs: 1_500, durationSeconds: 120 });
    expect(result).toMatchObject({ timedOut: true, aborted: false, signal: 'SIGKILL' });
    expect(await processesNaming(hls.outputDir)).toBe('');
  });

  it('dies with its parent, even one killed with SIGKILL (setpriv --pdeathsig, and SIGPIPE on the progress pipe)', async () => {
    const hls = job(twoMinutes(), 'orphan', 120);
    const parentScript = join(dir, 'parent.ts');
    writeFileSync(
      parentScript,
      `import { runFfmpeg } from ${JSON.stringify(join(__dirname, 'run-ffmpeg'))};\n` +
        `void runFfmpeg(${JSON.stringify(hlsArguments(hls))}, { timeoutMs: 120000, durationSeconds: 120, onProgress: () => console.log('progress') });\n`,
    );
    const parent = spawn(process.execPath, ['--import', 'tsx', parentScript], { stdio: ['ignore', 'pipe', 'inherit'] });
    await new Promise<void>((resolve) => parent.stdout.once('data', () => resolve()));
    expect(await processesNaming(hls.outputDir)).toContain('ffmpeg');
    parent.kill('SIGKILL');
    await new Promise((resolve) => parent.once('exit', resolve));
    const deadline = Date.now() + 5_000;
    while ((await processesNaming(hls.outputDir)) !== '' && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await processesNaming(hls.outputDir)).toBe('');
  });

  it('reports a failing ffmpeg with its code and the end of stderr', async () => {
    const hls = job(join(dir, 'missing.mp4'), 'failed', 6);
    const result = await runFfmpeg(hlsArguments(hls), { timeoutMs: 30_000, durationSeconds: 6 });
    expect(result.code).not.toBe(0);
    expect(result.stderrTail).toContain('No such file or directory');
    expect(existsSync(join(hls.outputDir, 'master.m3u8'))).toBe(false);
  });
});
