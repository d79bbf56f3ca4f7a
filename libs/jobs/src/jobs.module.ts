import { Global, Inject, Injectable, Module, type DynamicModule, type OnApplicationShutdown, type Provider } from '@nestjs/common';
import type { AppConfig } from '@lentera/config';
import type IORedis from 'ioredis';
import { JobQueue, PRODUCER_REDIS, QUEUE_PREFIX } from './job-queue';
import { JOB_HANDLERS, type JobHandler } from './job-handler';
import { JobWorkerHost, WORKER_REDIS } from './job-worker-host';
import { QueueHealth } from './queue-health';
import { createRedisConnection } from './redis-connection';

@Injectable()
class RedisConnectionCloser implements OnApplicationShutdown {
  constructor(@Inject(PRODUCER_REDIS) private readonly connection: IORedis) {}

  async onApplicationShutdown(): Promise<void> {
    this.connection.disconnect();
  }
}

function producerProviders(config: AppConfig): Provider[] {
  return [
    {
      provide: PRODUCER_REDIS,
      useFactory: () => createRedisConnection(config.redisUrl, 'producer', config.dependencyTimeoutMs),
    },
    { provide: QUEUE_PREFIX, useValue: config.queuePrefix },
    JobQueue,
    QueueHealth,
    RedisConnectionCloser,
  ];
}

/** For the API: enqueue jobs and check that Redis answers. */
@Global()
@Module({})
export class JobsProducerModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: JobsProducerModule,
      providers: producerProviders(config),
      // The producer connection doubles as the API's Redis for counters (sign-in throttling).
      exports: [JobQueue, QueueHealth, QUEUE_PREFIX, PRODUCER_REDIS],
    };
  }
}

/** For the worker: run the given handlers, one per job name (checked at start-up). */
@Module({})
export class JobsWorkerModule {
  static forRoot(config: AppConfig, handlers: Array<new (...args: never[]) => JobHandler>): DynamicModule {
    return {
      module: JobsWorkerModule,
      // Global like the API's producer: services outside the handlers (course progress, which
      // queues a certificate at completion) enqueue too.
      global: true,
      providers: [
        ...producerProviders(config),
        ...handlers,
        {
          provide: JOB_HANDLERS,
          useFactory: (...instances: JobHandler[]) => instances,
          inject: handlers,
        },
        {
          provide: WORKER_REDIS,
          useFactory: () => createRedisConnection(config.redisUrl, 'worker', config.dependencyTimeoutMs),
        },
        JobWorkerHost,
      ],
      exports: [JobQueue, QueueHealth],
    };
  }
}
