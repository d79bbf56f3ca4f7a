import { Module, type DynamicModule } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import type { AppConfig } from '@lentera/config';
import { createLoggerOptions } from './logger-options';

@Module({})
export class LoggingModule {
  /** Structured pino logs for an app; `name` tells the api's lines from the worker's. */
  static forRoot(config: AppConfig, name: string): DynamicModule {
    const options = createLoggerOptions(config, name);
    return {
      module: LoggingModule,
      imports: [
        LoggerModule.forRoot({
          pinoHttp: {
            ...options,
            // Health probes every few seconds would drown the useful lines.
            autoLogging: { ignore: (request) => request.url?.startsWith('/health') ?? false },
            // A line per successful request is noise at the default level; failures stand out.
            customLogLevel: (_request, response, error) =>
              error || response.statusCode >= 500 ? 'error' : response.statusCode >= 400 ? 'warn' : 'debug',
            redact: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'],
          },
        }),
      ],
      exports: [LoggerModule],
    };
  }
}
