import { spawn } from 'node:child_process';

export interface RunOptions {
  /** The whole environment of the child: nothing of the worker's own (its secrets) leaks in. */
  env: Record<string, string>;
  cwd?: string;
  timeoutMs: number;
}

export interface RunResult {
  /** Null when a signal ended it. */
  code: number | null;
  signal: NodeJS.Signals | null;
  timedOut: boolean;
  /** The last few kilobytes, for the log. */
  stderr: string;
}

/** Enough of stderr to say why LibreOffice gave up; a run that writes megabytes is cut. */
const MAX_STDERR_BYTES = 16 * 1024;

/**
 * Runs a program to its end, or kills it at the deadline. The child leads a process group of
 * its own (`detached`), and the whole group is killed, on timeout and again once the child has
 * exited: LibreOffice's `soffice` is a shell script that starts `oosplash`, which starts
 * `soffice.bin`, and none of them may outlive the job. Rejects only when the program cannot be
 * started (ENOENT: not installed).
 */
export function runProcess(command: string, args: readonly string[], options: RunOptions): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env: options.env, cwd: options.cwd, detached: true, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    let timedOut = false;
    let settled = false;
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup(child.pid);
    }, options.timeoutMs);
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      stderr = (stderr + chunk).slice(-MAX_STDERR_BYTES);
    });
    child.once('error', (error) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      killGroup(child.pid);
      reject(error);
    });
    // 'close', not 'exit': it waits for stderr, which a grandchild still running keeps open.
    child.once('close', (code, signal) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      killGroup(child.pid);
      resolve({ code, signal, timedOut, stderr });
    });
  });
}

/** SIGKILL to every process of the child's group. */
function killGroup(pid: number | undefined): void {
  if (pid === undefined) return;
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // ESRCH: the group has no process left, the usual case after a normal exit.
  }
}
