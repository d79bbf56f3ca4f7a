import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@lentera/config';

/** Uploaded personnel files, which the API stores under DATA_DIR (a volume the API and the worker share). */
@Injectable()
export class ImportFileSource {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  /** The uploaded bytes, or null when the file is gone. `storedFile` is relative to DATA_DIR. */
  async read(storedFile: string): Promise<Buffer | null> {
    try {
      return await readFile(resolve(this.config.dataDir, storedFile));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  }
}
