import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@lentera/config';
import type { EvidenceFileRecord } from '@lentera/db';
import { DataDirectory } from '@lentera/media';

/**
 * Evidence files on disk, as `jp-evidence/<userId>/<uploadId>` under DATA_DIR, with the file's
 * name, type and size beside it (`<uploadId>.json`). The upload id is random and the folder is
 * the uploader's, so an upload id is usable by that learner only: another learner's lookup
 * looks in their own folder and finds nothing. No collection: an upload never used is just a file.
 */
@Injectable()
export class EvidenceFileStore {
  private readonly directory: DataDirectory;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.directory = new DataDirectory(config.dataDir);
  }

  async save(userId: string, file: Omit<EvidenceFileRecord, 'path'>, bytes: Buffer): Promise<{ uploadId: string; evidence: EvidenceFileRecord }> {
    const uploadId = randomBytes(16).toString('hex');
    const evidence = { ...file, path: pathOf(userId, uploadId) };
    await this.directory.writeAtomically(evidence.path, bytes);
    // The description last: an upload id whose description exists always has its file.
    await this.directory.writeAtomically(`${evidence.path}.json`, Buffer.from(JSON.stringify(evidence)));
    return { uploadId, evidence };
  }

  /** The learner's upload, or null (unknown, someone else's, or malformed id). */
  async find(userId: string, uploadId: string): Promise<EvidenceFileRecord | null> {
    if (!/^[0-9a-f]{32}$/.test(uploadId)) return null;
    try {
      const description = JSON.parse(await readFile(this.directory.absolutePath(`${pathOf(userId, uploadId)}.json`), 'utf8')) as EvidenceFileRecord;
      return description;
    } catch {
      return null;
    }
  }

  absolutePath(storagePath: string): string {
    return this.directory.absolutePath(storagePath);
  }
}

const pathOf = (userId: string, uploadId: string) => `jp-evidence/${userId}/${uploadId}`;
