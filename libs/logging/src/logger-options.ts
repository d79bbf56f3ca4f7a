import type { AppConfig } from '@lentera/config';
import pino, { type LoggerOptions } from 'pino';

/** Nest's start-up chatter (one line per module and route): useful only when debugging. */
const bootChatter = new Set(['InstanceLoader', 'RoutesResolver', 'RouterExplorer', 'NestFactory', 'NestApplication', 'GraphQLModule']);

export function createLoggerOptions(config: AppConfig, name: string): LoggerOptions {
  const verbose = config.log.level === 'debug' || config.log.level === 'trace';
  return {
    name,
    level: config.log.level,
    hooks: {
      logMethod(args, method, level) {
        const context = (args[0] as { context?: unknown } | undefined)?.context;
        if (!verbose && level <= 30 && typeof context === 'string' && bootChatter.has(context)) return;
        method.apply(this, args);
      },
    },
    transport: config.log.pretty
      ? {
          target: 'pino-pretty',
          options: { singleLine: true, translateTime: 'SYS:HH:MM:ss', ignore: 'pid,hostname,req,res,responseTime' },
        }
      : undefined,
  };
}

/** A logger for code that runs before Nest's logger exists (boot checks, CLI scripts). */
export function createBootLogger(config: AppConfig, name: string) {
  return pino(createLoggerOptions(config, name));
}
