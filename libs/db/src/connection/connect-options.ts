import type { AppConfig } from '@lentera/config';
import type { ConnectOptions } from 'mongoose';

export function mongooseConnectOptions(config: AppConfig): ConnectOptions {
  return {
    // Without this, queries issued while MongoDB is down wait silently in memory; we would
    // rather answer "database unavailable" after the timeout below.
    bufferCommands: false,
    serverSelectionTimeoutMS: config.dependencyTimeoutMs,
    connectTimeoutMS: config.dependencyTimeoutMs,
    // Indexes are part of the data model (unique keys guard idempotency on FerretDB too).
    autoIndex: true,
  };
}
