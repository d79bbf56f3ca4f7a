import { ConfigError, loadConfig, type AppConfig } from '@lentera/config';
import { redactUri, waitForMongo } from '@lentera/db';
import { redactRedisUrl, waitForRedis } from '@lentera/jobs';
import { createBootLogger } from '@lentera/logging';

export interface PreparedProcess {
  config: AppConfig;
  log: ReturnType<typeof createBootLogger>;
}

/**
 * What every Lentera process does before Nest starts: validate the configuration, then wait
 * (up to STARTUP_TIMEOUT_MS) for MongoDB and Redis, saying what it waits for. A problem ends
 * the process with one readable line instead of a hang or a wall of stack traces.
 */
export async function prepareProcess(name: string): Promise<PreparedProcess> {
  let config: AppConfig;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) exitWithReason(name, `${error.message}\nFix these environment variables and start again.`);
    throw error;
  }
  const log = createBootLogger(config, name);
  try {
    await Promise.all([
      waitForMongo(config.mongodbUri, config.startupTimeoutMs, (message) => log.warn(message)),
      waitForRedis(config.redisUrl, config.startupTimeoutMs, (message) => log.warn(message)),
    ]);
  } catch (error) {
    exitWithReason(
      name,
      `${error instanceof Error ? error.message : String(error)}.\n` +
        `Start the local services with "npm run services" (or "npm start"), or point ` +
        `MONGODB_URI (now ${redactUri(config.mongodbUri)}) and REDIS_URL (now ${redactRedisUrl(config.redisUrl)}) at running servers.`,
    );
  }
  return { config, log };
}

/** Prints one clear reason and ends the process with a failure code. */
export function exitWithReason(name: string, reason: string): never {
  process.stderr.write(`✖ ${name} cannot start: ${reason}\n`);
  process.exit(1);
}

/** A failure after the checks above: the reason in one line, the details only when asked for. */
export function describeStartupError(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') return `port already in use (${error.message}); stop the other process or set PORT`;
    return error.message.split('\n')[0];
  }
  return String(error);
}
