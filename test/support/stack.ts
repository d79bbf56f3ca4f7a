import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { health } from './http';
import { portPreferring, repoRoot, startLenteraApp, type RunningProcess } from './processes';
import { eventually, isolatedConfig, type IsolatedConfig } from './test-config';

export interface RunningStack {
  baseUrl: string;
  api: RunningProcess;
  /** A test may stop it and start another with `startLenteraApp('worker', env)`; `stop()` stops the one here. */
  worker: RunningProcess;
  /** What the API and the worker were started with. */
  env: Record<string, string>;
  isolated: IsolatedConfig;
  stop(): Promise<void>;
}

/**
 * The built API and worker as separate processes, serving the built web app on one origin
 * (port 4000 when free, as `npm start` does), with the demo seeded into a database of
 * their own on the FerretDB and Redis `npm test` started.
 */
export async function startStack(label: string): Promise<RunningStack> {
  const isolated = isolatedConfig(label, { SEED_DEMO: 'true' });
  const port = await portPreferring(4000);
  const baseUrl = `http://localhost:${port}`;
  const env = {
    MONGODB_URI: isolated.config.mongodbUri,
    REDIS_URL: isolated.config.redisUrl,
    QUEUE_PREFIX: isolated.config.queuePrefix,
    PORT: String(port),
    PUBLIC_URL: baseUrl,
    SEED_DEMO: 'true',
    WEB_DIST_DIR: join(repoRoot, 'apps', 'web', 'dist'),
    DATA_DIR: join(repoRoot, '.lentera', 'test-data', isolated.config.queuePrefix),
    LOG_LEVEL: 'warn',
  };
  const api = startLenteraApp('api', env);
  const stack: RunningStack = {
    baseUrl,
    api,
    worker: startLenteraApp('worker', env),
    env,
    isolated,
    stop: async () => {
      await Promise.all([api.stop(), stack.worker.stop()]);
      await Promise.all([isolated.cleanup(), rm(env.DATA_DIR, { recursive: true, force: true })]);
    },
  };
  try {
    await eventually(() => health(baseUrl), (answer) => answer.status === 200, `the API at ${baseUrl} to be healthy`, 60_000);
  } catch (error) {
    await stack.stop();
    throw new Error(`${(error as Error).message}\n--- api output ---\n${api.output()}`, { cause: error });
  }
  return stack;
}
