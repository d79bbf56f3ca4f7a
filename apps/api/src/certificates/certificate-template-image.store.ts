import { randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@lentera/config';
import { DataDirectory } from '@lentera/media';

/**
 * Template image files under DATA_DIR, as `certificate-templates/<agencyId>/<slot>-<random>.<png|jpg>`.
 * A new upload is a new file: the one it replaces stays, since a certificate being rendered
 * may be reading it at that moment (the worker reads the template's paths at render time).
 */
@Injectable()
export class CertificateTemplateImageStore {
  private readonly directory: DataDirectory;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.directory = new DataDirectory(config.dataDir);
  }

  /** Writes the file atomically and returns its stored path. */
  async save(agencyId: string, slot: string, extension: 'png' | 'jpg', bytes: Buffer): Promise<string> {
    const path = `certificate-templates/${agencyId}/${slot}-${randomBytes(12).toString('hex')}.${extension}`;
    await this.directory.writeAtomically(path, bytes);
    return path;
  }

  absolutePath(storagePath: string): string {
    return this.directory.absolutePath(storagePath);
  }
}
