#!/usr/bin/env node
// The README's commands. Only `node:` built-ins: this runs before any dependency is installed.
//
//   npm start          install, build, start FerretDB + Redis, the API, the worker and the web app
//   npm test           install, build, start the services, then lint, typecheck, unit,
//                      integration and end-to-end tests, and print the totals
//   (npm run services, only FerretDB + Redis until Ctrl-C, is tools/services.mjs)
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultStateDir, ensureFerretDb, ensureSystemPackages, servicePortsFromEnv, startServices } from './services.mjs';

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
const MIN_NODE = [20, 19];
const DEMO_ACCOUNTS = [
  ['superadmin@demo.lentera.id', 'super admin'],
  ['admin@demo.lentera.id', 'admin BPSDM / agency admin'],
  ['instruktur@demo.lentera.id', 'instruktur / instructor'],
  ['asn1@demo.lentera.id', 'peserta ASN / learner'],
  ['asn2@demo.lentera.id', 'peserta ASN / learner'],
];

const log = (message) => console.log(`• ${message}`);

function fail(message) {
  throw new Error(message);
}

// ---------------------------------------------------------------- set-up shared by start and test

function checkNode() {
  const [major, minor] = process.versions.node.split('.').map(Number);
  if (major < MIN_NODE[0] || (major === MIN_NODE[0] && minor < MIN_NODE[1])) {
    fail(`Node ${MIN_NODE.join('.')} or newer is needed (this is ${process.versions.node}).`);
  }
}

function pinnedPnpmVersion() {
  const manifest = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));
  return manifest.packageManager.replace(/^pnpm@/, '');
}

function commandVersion(command) {
  const result = spawnSync(command, ['--version'], { encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim() : null;
}

/** The pnpm version package.json pins, installed with npm when missing or different. */
function ensurePnpm() {
  const wanted = pinnedPnpmVersion();
  if (commandVersion('pnpm') === wanted) return;
  log(`installing pnpm ${wanted} (npm install -g pnpm@${wanted})…`);
  const result = spawnSync('npm', ['install', '-g', `pnpm@${wanted}`], { stdio: 'inherit' });
  if (result.status !== 0 || commandVersion('pnpm') !== wanted) {
    fail(`pnpm ${wanted} could not be installed. Install it yourself: npm install -g pnpm@${wanted}`);
  }
}

function run(label, command, args, options = {}) {
  const startedAt = Date.now();
  const result = spawnSync(command, args, { cwd: repoRoot, stdio: 'inherit', ...options });
  const seconds = (Date.now() - startedAt) / 1000;
  return { label, ok: result.status === 0, seconds };
}

function mustRun(label, command, args, options) {
  log(`${label}…`);
  const step = run(label, command, args, options);
  if (!step.ok) fail(`${label} failed (see the output above).`);
  return step;
}

export function installAndBuild() {
  checkNode();
  ensurePnpm();
  mustRun('installing dependencies', 'pnpm', ['install', '--frozen-lockfile']);
  mustRun('building', 'pnpm', ['run', 'build']);
}

async function portIsFree(port) {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, () => server.close(() => resolve(true)));
  });
}

export async function prepareServices() {
  await ensureSystemPackages(log);
  const ferretDbBinary = await ensureFerretDb(log);
  const services = await startServices({ stateDir: defaultStateDir, ...servicePortsFromEnv(), log });
  return { ...services, ferretDbBinary };
}

// ---------------------------------------------------------------- npm start

function startApp(name, env) {
  const child = spawn(process.execPath, [join(repoRoot, 'apps', name, 'dist', 'main.js')], {
    cwd: repoRoot,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const prefix = `${name.padEnd(6)} │ `;
  for (const stream of [child.stdout, child.stderr]) {
    let pending = '';
    stream.on('data', (chunk) => {
      const lines = (pending + chunk.toString()).split('\n');
      pending = lines.pop();
      for (const line of lines) process.stdout.write(`${prefix}${line}\n`);
    });
  }
  child.exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  return child;
}

async function stopChild(child) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  const killer = setTimeout(() => child.kill('SIGKILL'), 15_000);
  await child.exited;
  clearTimeout(killer);
}

async function waitForHealth(url, apps, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const exited = apps.find((child) => child.exitCode !== null);
    if (exited) return false;
    try {
      const response = await fetch(`${url}/health`, { signal: AbortSignal.timeout(3_000) });
      if (response.ok) return true;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return false;
}

function printBanner(url) {
  const width = Math.max(...DEMO_ACCOUNTS.map(([email]) => email.length));
  console.log(`
  Lentera berjalan di / is running at  ${url}
    GraphQL  ${url}/graphql      Health  ${url}/health

  Akun demo / demo accounts (kata sandi / password: Demo12345!)
${DEMO_ACCOUNTS.map(([email, role]) => `    ${email.padEnd(width)}  ${role}`).join('\n')}

  Tekan Ctrl-C untuk berhenti / press Ctrl-C to stop.
`);
}

async function start() {
  const port = Number(process.env.PORT || 4000);
  if (!(await portIsFree(port))) {
    fail(`Port ${port} is in use (is Lentera already running?). Stop that process, or start on another port: PORT=${port + 1} npm start`);
  }
  installAndBuild();
  const services = await prepareServices();
  const url = `http://localhost:${port}`;
  const env = {
    PORT: String(port),
    MONGODB_URI: `${services.mongoUri}lentera`,
    REDIS_URL: services.redisUrl,
    WEB_DIST_DIR: join(repoRoot, 'apps', 'web', 'dist'),
    DATA_DIR: join(defaultStateDir, 'data'),
    PUBLIC_URL: url,
  };
  const apps = [startApp('api', env), startApp('worker', env)];

  let stopping = false;
  const stopAll = async (code) => {
    if (stopping) return;
    stopping = true;
    log('stopping Lentera…');
    await Promise.all(apps.map(stopChild));
    await services.stop();
    process.exit(code);
  };
  process.on('SIGINT', () => void stopAll(0));
  process.on('SIGTERM', () => void stopAll(0));
  for (const child of apps) {
    child.exited.then(({ code, signal }) => {
      if (stopping) return;
      console.error(`✖ the ${child === apps[0] ? 'API' : 'worker'} stopped (${code ?? signal}); stopping the rest.`);
      void stopAll(1);
    });
  }

  if (await waitForHealth(url, apps, 120_000)) printBanner(url);
  else if (!stopping) {
    console.error(`✖ Lentera did not become healthy at ${url}/health within 2 minutes; see the output above.`);
    await stopAll(1);
  }
}

// ---------------------------------------------------------------- npm test

function jestStep(label, project, reportDir, env) {
  const report = join(reportDir, `${project}.json`);
  const args = ['exec', 'jest', '--selectProjects', project, '--json', '--outputFile', report];
  // Integration files each use a database and queue prefix of their own, so two run side by side
  // (one per core); end-to-end files each start an API, a worker and a browser, so one at a time.
  if (project === 'integration') args.push('--maxWorkers=2');
  if (project === 'e2e') args.push('--runInBand');
  log(`${label}…`);
  const step = run(label, 'pnpm', args, { env });
  if (existsSync(report)) {
    const result = JSON.parse(readFileSync(report, 'utf8'));
    step.tests = { passed: result.numPassedTests, failed: result.numFailedTests, skipped: result.numPendingTests + result.numTodoTests };
  }
  return step;
}

function printSummary(steps, totalSeconds) {
  console.log('\n  Ringkasan / summary');
  for (const step of steps) {
    const tests = step.tests ? `  ${step.tests.passed} passed, ${step.tests.failed} failed, ${step.tests.skipped} skipped` : '';
    console.log(`    ${step.ok ? '✔' : '✖'} ${step.label.padEnd(22)} ${step.seconds.toFixed(1).padStart(6)} s${tests}`);
  }
  const totals = steps.reduce(
    (sum, step) => (step.tests ? { passed: sum.passed + step.tests.passed, failed: sum.failed + step.tests.failed, skipped: sum.skipped + step.tests.skipped } : sum),
    { passed: 0, failed: 0, skipped: 0 },
  );
  const failedSteps = steps.filter((step) => !step.ok).length;
  console.log(
    `\n  Total: ${totals.passed} tests passed, ${totals.failed} failed, ${totals.skipped} skipped; ` +
      `${steps.length - failedSteps}/${steps.length} steps green in ${(totalSeconds / 60).toFixed(1)} min.\n`,
  );
}

async function test() {
  const startedAt = Date.now();
  const steps = [];
  const setupStartedAt = Date.now();
  installAndBuild();
  const services = await prepareServices();
  steps.push({ label: 'set-up (install, build)', ok: true, seconds: (Date.now() - setupStartedAt) / 1000 });

  const reportDir = join(defaultStateDir, 'reports');
  rmSync(reportDir, { recursive: true, force: true });
  mkdirSync(reportDir, { recursive: true });
  const env = {
    ...process.env,
    MONGODB_URI: `${services.mongoUri}lentera_test`,
    REDIS_URL: services.redisUrl,
    LENTERA_FERRETDB_BIN: services.ferretDbBinary,
    CHROMIUM_PATH: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  };
  let interrupted = false;
  process.on('SIGINT', () => {
    interrupted = true;
  });
  try {
    steps.push(run('lint', 'pnpm', ['run', 'lint']));
    steps.push(run('typecheck', 'pnpm', ['run', 'typecheck']));
    steps.push(run('web codegen up to date', 'node', ['apps/web/codegen.mjs', '--check']));
    for (const [label, project] of [['unit tests', 'unit'], ['integration tests', 'integration'], ['end-to-end tests', 'e2e']]) {
      if (interrupted) break;
      steps.push(jestStep(label, project, reportDir, env));
    }
  } finally {
    await services.stop();
  }
  printSummary(steps, (Date.now() - startedAt) / 1000);
  process.exit(steps.every((step) => step.ok) && !interrupted ? 0 : 1);
}

const commands = { start, test };

function isCli() {
  try {
    return realpathSync(process.argv[1] ?? '') === fileURLToPath(import.meta.url);
  } catch {
    return false;
  }
}

// Imported (by tools/bench.mjs) for its set-up steps; run as the CLI otherwise.
if (isCli()) {
  const command = commands[process.argv[2]];
  if (!command) {
    console.error(`usage: node tools/lentera.mjs ${Object.keys(commands).join('|')}`);
    process.exit(2);
  }
  command().catch((error) => {
    // Set-up errors are written for the person at the terminal; the stack helps only us.
    console.error(`✖ ${error instanceof Error ? error.message : error}`);
    if (process.env.LENTERA_DEBUG && error instanceof Error) console.error(error.stack);
    process.exit(1);
  });
}
