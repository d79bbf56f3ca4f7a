import { z } from 'zod';

const booleanFromString = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((value) => value === 'true' || value === '1' || value === 'yes');

/**
 * Every setting Lentera reads from the environment. Parsed once at boot by `loadConfig`;
 * nothing else in the code base reads `process.env`.
 */
export const configSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  PORT: z.coerce.number().int().min(1).max(65535).default(4000),
  PUBLIC_URL: z.url().optional(),
  MONGODB_URI: z
    .string()
    .regex(/^mongodb(\+srv)?:\/\//, 'must start with mongodb:// or mongodb+srv://')
    .default('mongodb://127.0.0.1:27017/lentera'),
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, 'must start with redis:// or rediss://')
    .default('redis://127.0.0.1:6379'),
  QUEUE_PREFIX: z
    .string()
    .regex(/^[a-zA-Z0-9_-]+$/, 'letters, digits, _ and - only')
    .default('lentera'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  LOG_PRETTY: booleanFromString.optional(),
  WEB_DIST_DIR: z.string().optional(),
  DATA_DIR: z.string().default('.lentera/data'),
  SEED_DEMO: booleanFromString.optional(),
  /** How long a request waits for MongoDB or Redis before answering "unavailable". */
  DEPENDENCY_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(5_000),
  /** How long a process waits at start for MongoDB and Redis before it gives up and exits. */
  STARTUP_TIMEOUT_MS: z.coerce.number().int().min(0).max(600_000).default(30_000),
});

type RawConfig = z.infer<typeof configSchema>;

export interface AppConfig {
  env: RawConfig['NODE_ENV'];
  isProduction: boolean;
  port: number;
  publicUrl: string;
  mongodbUri: string;
  redisUrl: string;
  queuePrefix: string;
  log: { level: RawConfig['LOG_LEVEL']; pretty: boolean };
  webDistDir: string | undefined;
  dataDir: string;
  seedDemo: boolean;
  dependencyTimeoutMs: number;
  startupTimeoutMs: number;
}

export function toAppConfig(raw: RawConfig): AppConfig {
  const isProduction = raw.NODE_ENV === 'production';
  return {
    env: raw.NODE_ENV,
    isProduction,
    port: raw.PORT,
    publicUrl: raw.PUBLIC_URL ?? `http://localhost:${raw.PORT}`,
    mongodbUri: raw.MONGODB_URI,
    redisUrl: raw.REDIS_URL,
    queuePrefix: raw.QUEUE_PREFIX,
    log: { level: raw.LOG_LEVEL, pretty: raw.LOG_PRETTY ?? !isProduction },
    webDistDir: raw.WEB_DIST_DIR,
    dataDir: raw.DATA_DIR,
    // The demo seed is on for local runs, off in production unless asked for.
    seedDemo: raw.SEED_DEMO ?? !isProduction,
    dependencyTimeoutMs: raw.DEPENDENCY_TIMEOUT_MS,
    startupTimeoutMs: raw.STARTUP_TIMEOUT_MS,
  };
}
