import { Inject, Injectable } from '@nestjs/common';
import type IORedis from 'ioredis';
import { PRODUCER_REDIS } from './job-queue';

@Injectable()
export class QueueHealth {
  constructor(@Inject(PRODUCER_REDIS) private readonly connection: IORedis) {}

  /** Resolves when Redis answers PING; rejects otherwise (at once while disconnected). */
  async ping(): Promise<void> {
    const answer = await this.connection.ping();
    if (answer !== 'PONG') throw new Error(`unexpected answer ${answer}`);
  }
}
