// Small process and file helpers shared by the service tools.
import { spawn } from 'node:child_process';
import { accessSync, constants, existsSync, readFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';

/** Absolute path of an executable found on PATH (or in `extraDirs`), or null. */
export function which(command, extraDirs = []) {
  const dirs = [...(process.env.PATH ?? '').split(delimiter), ...extraDirs].filter(Boolean);
  for (const dir of dirs) {
    const candidate = join(dir, command);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not in this directory
    }
  }
  return null;
}

/**
 * Runs a command to completion and resolves with its exit code and combined output.
 * Never rejects on a non-zero exit: callers decide what a failure means.
 */
export function run(command, args, { cwd, env, timeoutMs } = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      cwd,
      env: env ? { ...process.env, ...env } : process.env,
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: timeoutMs,
    });
    const chunks = [];
    const stdout = [];
    child.stdout.on('data', (c) => { chunks.push(c); stdout.push(c); });
    child.stderr.on('data', (c) => chunks.push(c));
    child.on('error', (error) => resolve({ code: -1, output: String(error.message), stdout: '' }));
    child.on('close', (code, signal) => resolve({
      code: code ?? (signal ? 128 : -1),
      output: Buffer.concat(chunks).toString('utf8'),
      stdout: Buffer.concat(stdout).toString('utf8'),
    }));
  });
}

/** The last `count` non-empty lines of a text. */
export function lastLines(text, count = 15) {
  return text.split('\n').filter((line) => line.trim() !== '').slice(-count).join('\n');
}

/** The last lines of a log file, or a note that it is empty or missing. */
export function tailFile(path, count = 15) {
  if (!existsSync(path)) return '(log file was not created)';
  const tail = lastLines(readFileSync(path, 'utf8'), count);
  return tail === '' ? '(log file is empty)' : tail;
}

/** Indents every line so multi-line output reads as a block under an error message. */
export function indent(text, prefix = '    ') {
  return text.split('\n').map((line) => prefix + line).join('\n');
}
