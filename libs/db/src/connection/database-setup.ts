import { Injectable } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import type { Connection } from 'mongoose';

@Injectable()
export class DatabaseSetup {
  constructor(@InjectConnection() private readonly connection: Connection) {}

  /**
   * Resolves once every model's indexes exist. Unique indexes are how writes stay idempotent
   * (FerretDB has no transactions), so code that relies on them waits for this first.
   */
  async ensureIndexes(): Promise<void> {
    await Promise.all(Object.values(this.connection.models).map((model) => model.init()));
  }
}
