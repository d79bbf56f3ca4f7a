import { resolve } from 'node:path';
import { killGroup, spawnInGroup } from './child-process-group';
import { judgeProbe, probeReasons } from './judge-probe';
import { VIDEO_FORMAT_WHITELIST, type ProbeVerdict } from './probe-verdict';

export const DEFAULT_PROBE_TIMEOUT_MS = 30_000;
/** ffprobe's JSON of a file within the limits is a few kilobytes; more is a hostile file. */
const MAX_OUTPUT_BYTES = 2 * 1024 * 1024;

/**
 * Asks ffprobe what `path` holds and judges it. ffprobe may read that one local file and
 * nothing else: only the `file` protocol (no http, no other protocols a playlist could name),
 * only real video containers (no hls/concat demuxer that would open further files), and the
 * path goes as `file:<absolute path>`, so a name like `-i` or `http:x` stays a file name.
 * Rejects only when ffprobe cannot be started (not installed).
 */
export function probeVideo(path: string, options: { timeoutMs?: number } = {}): Promise<ProbeVerdict> {
  const args = [
    '-v', 'error',
    '-protocol_whitelist', 'file',
    '-format_whitelist', VIDEO_FORMAT_WHITELIST.join(','),
    '-print_format', 'json',
    '-show_format',
    '-show_streams',
    '--',
    `file:${resolve(path)}`,
  ];
  return new Promise((settle, fail) => {
    const child = spawnInGroup('ffprobe', args);
    const chunks: Buffer[] = [];
    let bytes = 0;
    let timedOut = false;
    let tooLong = false;
    let done = false;
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup(child.pid);
    }, options.timeoutMs ?? DEFAULT_PROBE_TIMEOUT_MS);
    child.stdout.on('data', (chunk: Buffer) => {
      bytes += chunk.length;
      if (bytes > MAX_OUTPUT_BYTES) {
        tooLong = true;
        killGroup(child.pid);
      } else chunks.push(chunk);
    });
    child.stderr.resume();
    child.once('error', (error) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      fail(error);
    });
    child.once('close', (code) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      killGroup(child.pid);
      if (timedOut) settle({ accepted: false, reason: probeReasons.timedOut() });
      else if (tooLong || code !== 0) settle({ accepted: false, reason: probeReasons.unreadable() });
      else settle(judgeProbe(parseJson(Buffer.concat(chunks).toString('utf8'))));
    });
  });
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
