import { Injectable } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import type { Connection, mongo } from 'mongoose';

/** One command the driver sent: its name (find, insert, update, ...) and the collection it named. */
export interface DatabaseCommand {
  name: string;
  collection: string | null;
}

/**
 * Records the commands sent to MongoDB while some work runs, from the driver's command
 * monitoring (the connection is opened with `monitorCommands`). For tests that hold a query's
 * database cost constant, e.g. a course outline that must not cost a query per lesson.
 */
@Injectable()
export class DatabaseCommandCounter {
  constructor(@InjectConnection() private readonly connection: Connection) {}

  async record<T>(work: () => Promise<T>): Promise<{ result: T; commands: DatabaseCommand[] }> {
    const commands: DatabaseCommand[] = [];
    const listener = (event: mongo.CommandStartedEvent) => {
      const target: unknown = event.command[event.commandName];
      commands.push({ name: event.commandName, collection: typeof target === 'string' ? target : null });
    };
    const client = this.connection.getClient();
    client.on('commandStarted', listener);
    try {
      return { result: await work(), commands };
    } finally {
      client.off('commandStarted', listener);
    }
  }
}
