import { z } from 'zod';

const booleanFromString = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((value) => value === 'true' || value === '1' || value === 'yes');

/**
 * Every setting Lentera reads from the environment. Parsed once at boot by `loadConfig`;
 * nothing else in the code base reads `process.env`.
 */
export const configSchema = z
  .object({
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
  /** Signs access tokens. Required in production; at least 32 characters. */
  AUTH_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  /**
   * Seals the agencies' certificate signing keys (AES-256-GCM). Required in production and apart
   * from AUTH_SECRET: rotating that one (to end every session) must not make the keys unreadable.
   * Losing it means new keys for every agency; certificates already signed still verify.
   */
  CERTIFICATE_KEY_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  ACCESS_TOKEN_TTL_SECONDS: z.coerce.number().int().min(60).max(3600).default(900),
  REFRESH_TOKEN_TTL_DAYS: z.coerce.number().int().min(1).max(90).default(30),
  PASSWORD_RESET_TTL_HOURS: z.coerce.number().int().min(1).max(168).default(72),
  /** smtp://user:pass@host:587 — when set, password reset links are also mailed. */
  SMTP_URL: z.string().regex(/^smtps?:\/\//, 'must start with smtp:// or smtps://').optional(),
  MAIL_FROM: z.string().default('Lentera <no-reply@lentera.local>'),
  /** The largest video an instructor may upload (tus), in bytes; 8 GiB by default. */
  VIDEO_MAX_UPLOAD_BYTES: z.coerce.number().int().min(1024 * 1024).default(8 * 1024 ** 3),
  /** How long one transcode may run before ffmpeg is killed and the video marked failed. */
  VIDEO_TRANSCODE_TIMEOUT_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(240),
  /** How long a process waits at start for MongoDB and Redis before it gives up and exits. */
  STARTUP_TIMEOUT_MS: z.coerce.number().int().min(0).max(600_000).default(30_000),
  })
  .refine((env) => env.NODE_ENV !== 'production' || env.AUTH_SECRET !== undefined, {
    path: ['AUTH_SECRET'],
    message: 'is required in production (at least 32 random characters, e.g. openssl rand -base64 48)',
  })
  .refine((env) => env.NODE_ENV !== 'production' || env.CERTIFICATE_KEY_SECRET !== undefined, {
    path: ['CERTIFICATE_KEY_SECRET'],
    message: 'is required in production (at least 32 random characters, e.g. openssl rand -base64 48; keep it apart from AUTH_SECRET)',
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
  auth: {
    secret: string;
    accessTokenTtlSeconds: number;
    refreshTokenTtlDays: number;
    passwordResetTtlHours: number;
    /** Refresh cookies are Secure when Lentera is served over https. */
    secureCookies: boolean;
  };
  mail: { smtpUrl: string | undefined; from: string };
  /** Seals the agencies' certificate signing keys. */
  certificates: { keySecret: string };
  video: { maxUploadBytes: number; transcodeTimeoutMs: number };
}

/**
 * Local runs get a fixed secret so sessions survive restarts; it is public (it is in this
 * file), which is why production refuses to start without its own.
 */
const DEVELOPMENT_AUTH_SECRET = 'lentera-development-secret-not-for-production-use';
const DEVELOPMENT_CERTIFICATE_KEY_SECRET = 'lentera-development-certificate-keys-not-for-production';

export function toAppConfig(raw: RawConfig): AppConfig {
  const isProduction = raw.NODE_ENV === 'production';
  const publicUrl = raw.PUBLIC_URL ?? `http://localhost:${raw.PORT}`;
  return {
    env: raw.NODE_ENV,
    isProduction,
    port: raw.PORT,
    publicUrl,
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
    auth: {
      secret: raw.AUTH_SECRET ?? DEVELOPMENT_AUTH_SECRET,
      accessTokenTtlSeconds: raw.ACCESS_TOKEN_TTL_SECONDS,
      refreshTokenTtlDays: raw.REFRESH_TOKEN_TTL_DAYS,
      passwordResetTtlHours: raw.PASSWORD_RESET_TTL_HOURS,
      secureCookies: publicUrl.startsWith('https://'),
    },
    mail: { smtpUrl: raw.SMTP_URL, from: raw.MAIL_FROM },
    certificates: { keySecret: raw.CERTIFICATE_KEY_SECRET ?? DEVELOPMENT_CERTIFICATE_KEY_SECRET },
    video: { maxUploadBytes: raw.VIDEO_MAX_UPLOAD_BYTES, transcodeTimeoutMs: raw.VIDEO_TRANSCODE_TIMEOUT_MINUTES * 60_000 },
  };
}
