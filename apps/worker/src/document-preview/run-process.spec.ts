import { readFileSync } from 'node:fs';
import { runProcess } from './run-process';

const env = { PATH: '/usr/bin:/bin' };

/** Running, as opposed to gone or a zombie waiting for its (new) parent to reap it. */
function isRunning(pid: number): boolean {
  try {
    const state = readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /s, '')[0];
    return state !== 'Z' && state !== 'X';
  } catch {
    return false;
  }
}

describe('runProcess', () => {
  it('resolves with the exit code and the end of stderr', async () => {
    const result = await runProcess('sh', ['-c', 'echo "Error: source file could not be loaded" >&2; exit 3'], { env, timeoutMs: 5_000 });
    expect(result).toEqual({ code: 3, signal: null, timedOut: false, stderr: 'Error: source file could not be loaded\n' });
  });

  it('gives the child only the environment it is handed', async () => {
    const result = await runProcess('sh', ['-c', 'env >&2'], { env: { ...env, ONLY: 'this' }, timeoutMs: 5_000 });
    expect(result.stderr.split('\n').filter((line) => /^[A-Z_]+=/.test(line) && !/^(PWD|SHLVL|_)=/.test(line)).sort()).toEqual(['ONLY=this', 'PATH=/usr/bin:/bin']);
  });

  it('kills the whole process group at the deadline, grandchildren included', async () => {
    // The grandchild prints its pid and would outlive the shell by far.
    const startedAt = Date.now();
    const result = await runProcess('sh', ['-c', 'sleep 30 & echo $! >&2; wait'], { env, timeoutMs: 300 });
    expect(result.timedOut).toBe(true);
    expect(result.signal).toBe('SIGKILL');
    expect(Date.now() - startedAt).toBeLessThan(5_000);
    const grandchild = Number(result.stderr.trim());
    expect(grandchild).toBeGreaterThan(0);
    expect(isRunning(grandchild)).toBe(false);
  });

  it('leaves no process of the group behind after a normal exit', async () => {
    // The shell exits at once; its background child keeps stderr open until the group is killed.
    const result = await runProcess('sh', ['-c', 'sleep 30 >/dev/null 2>&1 & echo $! >&2'], { env, timeoutMs: 5_000 });
    expect(result.timedOut).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(isRunning(Number(result.stderr.trim()))).toBe(false);
  });

  it('rejects when the program is not installed', async () => {
    await expect(runProcess('lentera-no-such-program', [], { env, timeoutMs: 1_000 })).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
