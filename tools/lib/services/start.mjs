// Starts (or reuses) the local MongoDB-compatible server and Redis for development and CI.
import { spawn } from 'node:child_process';
import { closeSync, mkdirSync, openSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ensureFerretDb } from './ferretdb.mjs';
import { probeMongo, probeRedis } from './probe.mjs';
import { indent, tailFile, which } from './proc.mjs';

const READY_TIMEOUT_MS = 20_000;
const STOP_GRACE_MS = 5_000;

// Children still running, across all startServices() calls, for the exit hook below.
const liveChildren = new Set();
let exitHookInstalled = false;

function installExitHook() {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  // Best effort for callers that exit without calling stop(): 'exit' handlers must be
  // synchronous, so we can only send the signal, not wait for the children to go.
  process.on('exit', () => {
    for (const child of liveChildren) child.kill('SIGTERM');
  });
}

/** Reads LENTERA_MONGO_PORT / LENTERA_REDIS_PORT, defaulting to 27017 / 6379. */
export function servicePortsFromEnv(env = process.env) {
  return {
    mongoPort: parsePort(env.LENTERA_MONGO_PORT, 'LENTERA_MONGO_PORT', 27017),
    redisPort: parsePort(env.LENTERA_REDIS_PORT, 'LENTERA_REDIS_PORT', 6379),
  };
}

function parsePort(value, name, fallback) {
  if (value === undefined || value === '') return fallback;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new Error(`${name} must be a TCP port number (1-65535), got "${value}".`);
  }
  return port;
}

const SERVICES = {
  mongo: {
    id: 'ferretdb',
    name: 'FerretDB',
    kind: 'MongoDB-compatible server',
    envVar: 'LENTERA_MONGO_PORT',
    probe: probeMongo,
    url: (port) => `mongodb://127.0.0.1:${port}/`,
  },
  redis: {
    id: 'redis',
    name: 'Redis',
    kind: 'Redis server',
    envVar: 'LENTERA_REDIS_PORT',
    probe: probeRedis,
    url: (port) => `redis://127.0.0.1:${port}`,
  },
};

/** True when a usable server already listens on the port; throws if something else does. */
async function isAlreadyRunning(service, port) {
  const state = await service.probe(port);
  if (state === 'free') return false;
  if (state === 'ready' || state === 'loading') return true;
  if (state === 'auth') {
    throw new Error(`Port ${port} is used by a Redis server that requires a password. `
      + `Stop it, or set ${service.envVar} to a free port.`);
  }
  throw new Error(`Port ${port} is in use by something that is not a ${service.kind}. `
    + `Stop it, or set ${service.envVar} to a free port.`);
}

async function ferretDbCommand({ stateDir, port, log }) {
  const dataDir = join(stateDir, 'ferretdb');
  const ownStateDir = join(stateDir, 'ferretdb-state');
  mkdirSync(dataDir, { recursive: true });
  mkdirSync(ownStateDir, { recursive: true });
  return {
    command: await ensureFerretDb(log),
    args: [
      '--handler=sqlite',
      // A file: URL (not a bare path) keeps spaces or '#' in the checkout path intact.
      // _txlock=immediate: FerretDB updates read and write in one SQLite transaction; a deferred
      // one that meets another writer fails at once with SQLITE_BUSY (no wait in WAL mode), which
      // surfaced as server errors when the API and the worker wrote at the same time (quizzes).
      // Immediate transactions queue behind the writer for up to busy_timeout instead.
      `--sqlite-url=${pathToFileURL(dataDir + '/').href}?_txlock=immediate`,
      `--state-dir=${ownStateDir}`,
      `--listen-addr=127.0.0.1:${port}`,
      // '-' disables the metrics/debug HTTP listener, whose default port 8088 often clashes.
      '--debug-addr=-',
      '--telemetry=disable',
      '--log-level=warn',
    ],
  };
}

function redisCommand({ stateDir, port, logFile }) {
  const redisServer = which('redis-server');
  if (!redisServer) {
    throw new Error('redis-server is not installed. Run `node tools/services.mjs` as root once, '
      + 'or install it: sudo apt-get install redis-server');
  }
  const dataDir = join(stateDir, 'redis');
  mkdirSync(dataDir, { recursive: true });
  return {
    command: redisServer,
    args: [
      '--bind', '127.0.0.1', '--port', String(port),
      // A cache and job queue for development: nothing worth persisting between runs.
      '--save', '', '--appendonly', 'no',
      '--dir', dataDir, '--logfile', logFile, '--daemonize', 'no',
    ],
  };
}

/** Spawns a service as a tracked child whose output goes to its log file. */
function spawnService({ command, args }, logFile) {
  writeFileSync(logFile, ''); // keep only this run, so the tail shown on failure is relevant
  const fd = openSync(logFile, 'a');
  try {
    // Own process group: a terminal Ctrl-C reaches only our Node process, whose handler then
    // stops services in order instead of them dying under the app mid-request.
    const child = spawn(command, args, { stdio: ['ignore', fd, fd], detached: true });
    // A spawn failure (e.g. ENOENT) emits 'error' and never 'exit'.
    child.exited = new Promise((done) => {
      child.once('exit', (code, signal) => done({ code, signal }));
      child.once('error', (error) => done({ code: null, signal: null, error }));
    });
    child.unref();
    liveChildren.add(child);
    child.exited.then(() => liveChildren.delete(child));
    return child;
  } finally {
    closeSync(fd);
  }
}

function sleep(ms) {
  return new Promise((done) => setTimeout(done, ms));
}

async function waitUntilReady(service, port, child, logFile) {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  let exit = null;
  child.exited.then((result) => { exit = result; });
  while (Date.now() < deadline) {
    if (exit) {
      const how = exit.error ? `could not be started (${exit.error.message})`
        : exit.code === null ? `was killed by ${exit.signal}` : `exited with code ${exit.code}`;
      throw startFailure(`${service.name} ${how} during start-up`, logFile);
    }
    if ((await service.probe(port)) === 'ready') return;
    await sleep(200);
  }
  throw startFailure(`${service.name} did not answer on port ${port} within ${READY_TIMEOUT_MS / 1000} s`, logFile);
}

function startFailure(what, logFile) {
  return new Error(`${what}. Last lines of ${logFile}:\n${indent(tailFile(logFile))}`);
}

async function stopChild(child) {
  if (!liveChildren.has(child)) return;
  child.kill('SIGTERM');
  const killer = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
  await child.exited;
  clearTimeout(killer);
}

/**
 * Makes MongoDB (FerretDB) and Redis available on 127.0.0.1, reusing servers that already
 * answer on the ports and starting the others as children. `stop()` ends only what this
 * call started. Started children do not keep the event loop alive.
 */
export async function startServices({ stateDir, mongoPort = 27017, redisPort = 6379, log = () => {} }) {
  if (!stateDir) throw new Error('startServices: stateDir is required');
  if (mongoPort === redisPort) {
    throw new Error(`MongoDB and Redis cannot share port ${mongoPort}: set LENTERA_MONGO_PORT and LENTERA_REDIS_PORT to different ports.`);
  }
  stateDir = resolve(stateDir);
  const logsDir = join(stateDir, 'logs');
  mkdirSync(logsDir, { recursive: true });

  const plan = [
    { key: 'mongo', port: mongoPort, logFile: join(logsDir, 'ferretdb.log') },
    { key: 'redis', port: redisPort, logFile: join(logsDir, 'redis.log') },
  ];
  // Check every port before starting anything, so a clash fails fast and leaves nothing behind.
  for (const item of plan) {
    item.service = SERVICES[item.key];
    item.reuse = await isAlreadyRunning(item.service, item.port);
    if (item.reuse) log(`reusing the ${item.service.kind} already running on port ${item.port}`);
  }

  const started = [];
  const stop = async () => {
    await Promise.all(started.map(({ child }) => stopChild(child)));
  };
  try {
    for (const item of plan.filter(({ reuse }) => !reuse)) {
      const command = item.key === 'mongo'
        ? await ferretDbCommand({ stateDir, port: item.port, log })
        : redisCommand({ stateDir, port: item.port, logFile: item.logFile });
      installExitHook();
      started.push({ ...item, child: spawnService(command, item.logFile) });
    }
    await Promise.all(started.map(({ service, port, child, logFile }) => waitUntilReady(service, port, child, logFile)));
  } catch (error) {
    await stop();
    throw error;
  }

  for (const { service, port, child, logFile } of started) {
    log(`started ${service.name} on port ${port} (log: ${logFile})`);
    child.exited.then(({ code, signal }) => {
      if (!child.stopping) log(`${service.name} stopped unexpectedly (${code ?? signal}); see ${logFile}`);
    });
  }

  let stopping = null;
  return {
    mongoUri: SERVICES.mongo.url(mongoPort),
    redisUrl: SERVICES.redis.url(redisPort),
    started: started.map(({ service }) => service.id),
    stop: () => {
      for (const { child } of started) child.stopping = true;
      stopping ??= stop();
      return stopping;
    },
  };
}
