import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { describeStartupError, exitWithReason, prepareProcess } from '@lentera/boot';
import { Logger } from '@lentera/logging';
import { AppModule } from './app.module';
import { serveWebApp } from './web/serve-web-app';

async function bootstrap(): Promise<void> {
  const { config, log } = await prepareProcess('api');
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), {
    bufferLogs: true,
    abortOnError: false,
  });
  app.useLogger(app.get(Logger));
  app.enableShutdownHooks();
  // Behind nginx or a load balancer: take the client address from X-Forwarded-For (throttling).
  app.set('trust proxy', 'loopback, linklocal, uniquelocal');
  app.disable('x-powered-by');
  // GraphQL bodies: an assignment by NIP list carries up to 5,000 NIPs (about 110 kB); a question
  // bank import up to 2 MB of file content, a little more once escaped as a JSON string.
  app.useBodyParser('json', { limit: '3mb' });
  serveWebApp(app, config.webDistDir);
  await app.listen(config.port);
  log.info(`Lentera API listening on http://localhost:${config.port} (GraphQL at /graphql, health at /health)`);
}

bootstrap().catch((error: unknown) => exitWithReason('api', describeStartupError(error)));
