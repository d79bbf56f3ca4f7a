import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@lentera/config';
import { DatabaseHealth } from '@lentera/db';
import { QueueHealth } from '@lentera/jobs';

export interface DependencyStatus {
  status: 'up' | 'down';
  error?: string;
}

export interface HealthReport {
  status: 'ok' | 'unavailable';
  checks: { mongodb: DependencyStatus; redis: DependencyStatus };
}

@Injectable()
export class HealthService {
  constructor(
    private readonly database: DatabaseHealth,
    private readonly queue: QueueHealth,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async check(): Promise<HealthReport> {
    const timeoutMs = Math.min(this.config.dependencyTimeoutMs, 2_000);
    const [mongodb, redis] = await Promise.all([
      probe(() => this.database.ping(), timeoutMs),
      probe(() => this.queue.ping(), timeoutMs),
    ]);
    return { status: mongodb.status === 'up' && redis.status === 'up' ? 'ok' : 'unavailable', checks: { mongodb, redis } };
  }
}

async function probe(ping: () => Promise<void>, timeoutMs: number): Promise<DependencyStatus> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    await Promise.race([ping(), timeout]);
    return { status: 'up' };
  } catch (error) {
    return { status: 'down', error: error instanceof Error ? error.message : String(error) };
  } finally {
    clearTimeout(timer);
  }
}
