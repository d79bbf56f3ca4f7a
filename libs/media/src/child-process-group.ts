import { spawn, type ChildProcessByStdio } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Readable } from 'node:stream';

const SETPRIV = '/usr/bin/setpriv';

/**
 * The whole environment of ffmpeg and ffprobe: nothing of the worker's or the API's own (their
 * secrets) leaks in. A fixed PATH, as libraries do not read process.env (STYLE.md).
 */
const CHILD_ENV = { PATH: '/usr/local/bin:/usr/bin:/bin', LC_ALL: 'C' };

/**
 * Starts `command` leading a process group of its own (`detached`), so `killGroup` ends it and
 * anything it started. Under `setpriv --pdeathsig KILL` when util-linux has it: setpriv then
 * execs the command (same pid), and the kernel kills it the moment its parent (the API or
 * the worker) dies, even by SIGKILL, so no orphan keeps transcoding.
 */
export function spawnInGroup(command: string, args: readonly string[]): ChildProcessByStdio<null, Readable, Readable> {
  const program = executablePath(command);
  const [file, argv] = existsSync(SETPRIV) ? [SETPRIV, ['--pdeathsig', 'KILL', '--', program, ...args]] : [program, [...args]];
  return spawn(file, argv, { env: CHILD_ENV, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
}

/**
 * The program's full path on CHILD_ENV's PATH. Looked up here, not by setpriv: a missing ffmpeg
 * must be an ENOENT error for the caller (a broken machine, retried), not an exit code 127 that
 * would read as "ffmpeg refused this video".
 */
function executablePath(command: string): string {
  const found = CHILD_ENV.PATH.split(':')
    .map((directory) => join(directory, command))
    .find((path) => existsSync(path));
  if (found) return found;
  throw Object.assign(new Error(`spawn ${command} ENOENT: not found in ${CHILD_ENV.PATH}`), { code: 'ENOENT', syscall: `spawn ${command}` });
}

/** SIGKILL to every process of the group `pid` leads. */
export function killGroup(pid: number | undefined): void {
  if (pid === undefined) return;
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // ESRCH: the group has no process left, the usual case after a normal exit.
  }
}
