import { createHash, randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@lentera/config';
import { videoPaths } from '@lentera/media';

/**
 * A video's files under DATA_DIR (layout: `videoPaths` in @lentera/media). Paths are built from
 * ids and whitelisted names only, and every one is checked to stay inside DATA_DIR.
 */
@Injectable()
export class VideoFileStore {
  private readonly root: string;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.root = resolve(config.dataDir);
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

  /** Writes to a temporary name, then renames, so a player never reads half a caption. */
  async save(storagePath: string, bytes: Buffer): Promise<void> {
    const path = this.absolutePath(storagePath);
    await mkdir(dirname(path), { recursive: true });
    const partial = `${path}.${randomUUID()}.part`;
    try {
      await writeFile(partial, bytes, { flag: 'wx' });
      await rename(partial, path);
    } catch (error) {
      await rm(partial, { force: true });
      throw error;
    }
  }

  async remove(storagePath: string): Promise<void> {
    await rm(this.absolutePath(storagePath), { force: true });
  }

  /** Everything of one video: source, outputs, captions. */
  async removeVideo(assetId: string): Promise<void> {
    await rm(this.absolutePath(videoPaths.folder(assetId)), { recursive: true, force: true });
  }

  /** The absolute path; refuses a stored path that would lead outside DATA_DIR. */
  absolutePath(storagePath: string): string {
    const path = resolve(this.root, storagePath);
    const inside = relative(this.root, path);
    if (inside === '' || inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside)) {
      throw new Error(`a video path leads outside DATA_DIR: ${storagePath}`);
    }
    return path;
  }
}
