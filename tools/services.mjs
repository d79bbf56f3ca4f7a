// Local services for development and CI: Debian tools, FerretDB (MongoDB-compatible) and Redis.
// Production uses Docker instead. Only `node:` built-ins: this runs before `pnpm install`.
//
// CLI: `node tools/services.mjs` starts (or reuses) the services until Ctrl-C.
// Ports come from LENTERA_MONGO_PORT / LENTERA_REDIS_PORT (defaults 27017 / 6379).
import { realpathSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureFerretDb, FERRETDB_VERSION } from './lib/services/ferretdb.mjs';
import { servicePortsFromEnv, startServices } from './lib/services/start.mjs';
import { ensureSystemPackages } from './lib/services/system-packages.mjs';

export { ensureFerretDb, ensureSystemPackages, FERRETDB_VERSION, servicePortsFromEnv, startServices };

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Where local service state lives: git-ignored, inside the checkout. */
export const defaultStateDir = join(repoRoot, '.lentera');

function log(message) {
  console.log(`• ${message}`);
}

async function main() {
  let services = null;
  let shuttingDown = false;
  const shutdown = async () => {
    // A second Ctrl-C means "now": the exit hook still signals any child we started.
    if (shuttingDown || !services) process.exit(services ? 1 : 130);
    shuttingDown = true;
    log('stopping…');
    await services.stop();
    process.exit(0);
  };
  // Installed before anything starts so an early Ctrl-C still runs the exit hook.
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);

  await ensureSystemPackages(log);
  const ports = servicePortsFromEnv();
  services = await startServices({ stateDir: defaultStateDir, ...ports, log });

  console.log(`MONGODB_URI=${services.mongoUri}`);
  console.log(`REDIS_URL=${services.redisUrl}`);
  if (services.started.length === 0) {
    log('all services were already running; nothing to stop on exit');
  }
  log('press Ctrl-C to stop');
  // The children are unref'd, so keep the process alive until a signal arrives.
  setInterval(() => {}, 1 << 30);
}

function isCli() {
  try {
    return realpathSync(process.argv[1] ?? '') === fileURLToPath(import.meta.url);
  } catch {
    return false;
  }
}

if (isCli()) {
  main().catch((error) => {
    console.error(`✖ ${error.message}`);
    process.exit(1);
  });
}
