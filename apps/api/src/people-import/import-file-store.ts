import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@lentera/config';

/**
 * Uploaded personnel files, under DATA_DIR (a volume the worker shares). They are kept after the
 * import: a retried job reads the file again, and an admin's question about an import can be
 * answered from it. Nothing deletes them yet.
 */
@Injectable()
export class ImportFileStore {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  /** Saves an upload as `imports/<importId>.csv` and returns that path, relative to DATA_DIR. */
  async save(importId: string, bytes: Buffer): Promise<string> {
    const storedFile = `imports/${importId}.csv`;
    const path = resolve(this.config.dataDir, storedFile);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, bytes);
    return storedFile;
  }
}
