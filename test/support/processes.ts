import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const repoRoot = join(__dirname, '..', '..');

export interface RunningProcess {
  name: string;
  child: ChildProcess;
  /** Everything the process printed so far (stdout and stderr). */
  output(): string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** SIGTERM, then SIGKILL after `graceMs`; resolves once the process is gone. */
  stop(graceMs?: number): Promise<void>;
}

export function startProcess(name: string, command: string, args: string[], env: NodeJS.ProcessEnv): RunningProcess {
  const child = spawn(command, args, { cwd: repoRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.on('exit', (code, signal) => resolve({ code, signal }));
    child.on('error', () => resolve({ code: -1, signal: null }));
  });
  return {
    name,
    child,
    output: () => output,
    exited,
    stop: async (graceMs = 10_000) => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** Starts a built Lentera app (`pnpm build` first) with the given environment. */
export function startLenteraApp(app: 'api' | 'worker', env: Record<string, string>): RunningProcess {
  const entry = join(repoRoot, 'apps', app, 'dist', 'main.js');
  if (!existsSync(entry)) throw new Error(`${entry} is missing: run "pnpm build" first`);
  return startProcess(app, process.execPath, [entry], { ...process.env, LOG_PRETTY: 'false', ...env });
}

/** A private redis-server, so a test can stop and restart it without touching anyone else's. */
export function startRedis(port: number): RunningProcess {
  const dir = mkdtempSync(join(tmpdir(), 'lentera-redis-'));
  return startProcess('redis', 'redis-server', ['--bind', '127.0.0.1', '--port', String(port), '--save', '', '--appendonly', 'no', '--dir', dir], process.env);
}

/** A private FerretDB on SQLite in `dataDir` (reuse the folder to restart with the same data). */
export function startFerretDb(port: number, dataDir: string): RunningProcess {
  const binary = process.env.LENTERA_FERRETDB_BIN;
  if (!binary || !existsSync(binary)) {
    throw new Error('LENTERA_FERRETDB_BIN must name the FerretDB binary (npm test sets it)');
  }
  return startProcess('ferretdb', binary, [
    '--handler=sqlite',
    // As tools/lib/services/start.mjs: writers wait for each other instead of failing.
    `--sqlite-url=file:${dataDir}/?_txlock=immediate`,
    `--state-dir=${dataDir}`,
    `--listen-addr=127.0.0.1:${port}`,
    '--debug-addr=-',
    '--telemetry=disable',
    '--log-level=error',
  ], process.env);
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** `preferred` when nobody listens there, else any free port. */
export async function portPreferring(preferred: number): Promise<number> {
  const available = await new Promise<boolean>((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(preferred, '127.0.0.1', () => server.close(() => resolve(true)));
  });
  return available ? preferred : freePort();
}

export function temporaryDirectory(prefix: string): string {
  return mkdtempSync(join(tmpdir(), prefix));
}
