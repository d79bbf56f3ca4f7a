import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { describeStartupError, exitWithReason, prepareProcess } from '@lentera/boot';
import { Logger } from '@lentera/logging';
import { WorkerModule } from './worker.module';

/** The worker is a Nest application context: no HTTP server, only BullMQ processors. */
async function bootstrap(): Promise<void> {
  const { config, log } = await prepareProcess('worker');
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), {
    bufferLogs: true,
    abortOnError: false,
  });
  app.useLogger(app.get(Logger));
  // SIGTERM/SIGINT close the BullMQ workers, which let running jobs finish first.
  app.enableShutdownHooks();
  await app.init();
  log.info('Lentera worker running');
}

bootstrap().catch((error: unknown) => exitWithReason('worker', describeStartupError(error)));
