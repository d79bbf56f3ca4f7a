import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, rename } from 'node:fs/promises';
import { dirname } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@lentera/config';
import { DataDirectory, videoPaths } from '@lentera/media';

/**
 * A video's files under DATA_DIR (layout: `videoPaths` in @lentera/media). Paths are built from
 * ids and whitelisted names only, and every one is checked to stay inside DATA_DIR.
 */
@Injectable()
export class VideoFileStore {
  private readonly directory: DataDirectory;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.directory = new DataDirectory(config.dataDir);
  }

  /** Where @tus/file-store keeps partial uploads. */
  get tusDirectory(): string {
    return this.absolutePath(videoPaths.tusDirectory);
  }

  /** Moves a finished tus upload to `videos/<assetId>/source` (one rename: both live under DATA_DIR); returns that relative path. */
  async adoptUpload(uploadPath: string, assetId: string): Promise<string> {
    const storagePath = videoPaths.source(assetId);
    const target = this.absolutePath(storagePath);
    await mkdir(dirname(target), { recursive: true });
    await rename(uploadPath, target);
    return storagePath;
  }

  /** The file's SHA-256, read as a stream: sources are up to gigabytes. */
  async sha256Of(storagePath: string): Promise<string> {
    const hash = createHash('sha256');
    await pipeline(createReadStream(this.absolutePath(storagePath)), hash);
    return hash.digest('hex');
  }

  /** Atomically, so a player never reads half a caption. */
  save(storagePath: string, bytes: Buffer): Promise<void> {
    return this.directory.writeAtomically(storagePath, bytes);
  }

  remove(storagePath: string): Promise<void> {
    return this.directory.remove(storagePath);
  }

  /** Everything of one video: source, outputs, captions. */
  removeVideo(assetId: string): Promise<void> {
    return this.directory.remove(videoPaths.folder(assetId));
  }

  /** The absolute path; refuses a stored path that would lead outside DATA_DIR. */
  absolutePath(storagePath: string): string {
    return this.directory.absolutePath(storagePath);
  }
}
