#!/usr/bin/env node
// Benchmarks: `npm run bench -- <name> [arguments]` runs test/bench/<name>.bench.ts.
// Only `node:` built-ins here: like `npm test`, this first installs and builds (skip that with
// --no-build), then starts FerretDB + Redis (or reuses the running ones), then runs the bench
// with tsx against the built libraries and apps. The bench prints one JSON line last.
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { installAndBuild, prepareServices } from './lentera.mjs';

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
const benchDir = join(repoRoot, 'test', 'bench');
const SUFFIX = '.bench.ts';

function benchNames() {
  return readdirSync(benchDir)
    .filter((file) => file.endsWith(SUFFIX))
    .map((file) => file.slice(0, -SUFFIX.length));
}

async function main() {
  const [name, ...rest] = process.argv.slice(2);
  const names = benchNames();
  if (!names.includes(name)) {
    console.error(`usage: npm run bench -- <${names.join('|')}> [--no-build] [--rounds N]`);
    process.exit(2);
  }
  const skipBuild = rest.includes('--no-build');
  if (!skipBuild) installAndBuild();
  const services = await prepareServices();
  const child = spawn(process.execPath, ['--import', 'tsx', join(benchDir, `${name}${SUFFIX}`), ...rest.filter((arg) => arg !== '--no-build')], {
    cwd: repoRoot,
    stdio: 'inherit',
    env: {
      ...process.env,
      MONGODB_URI: `${services.mongoUri}lentera_bench`,
      REDIS_URL: services.redisUrl,
      LENTERA_FERRETDB_BIN: services.ferretDbBinary,
      // @lentera/* resolve to the built libraries (see test/bench/tsconfig.json).
      TSX_TSCONFIG_PATH: join(benchDir, 'tsconfig.json'),
    },
  });
  const forward = (signal) => child.kill(signal);
  process.on('SIGINT', forward);
  process.on('SIGTERM', forward);
  const code = await new Promise((resolve) => child.on('exit', (exitCode, signal) => resolve(exitCode ?? (signal ? 1 : 0))));
  await services.stop();
  process.exit(code);
}

main().catch((error) => {
  console.error(`✖ ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
