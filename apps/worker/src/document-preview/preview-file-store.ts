import { randomUUID } from 'node:crypto';
import { mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@lentera/config';

/**
 * Course files under DATA_DIR, the volume the API and the worker share: the API stores uploads
 * as `course-files/<courseId>/<assetId>`, the worker puts each office document's preview next
 * to it, so deleting a course's folder removes both.
 */
@Injectable()
export class PreviewFileStore {
  private readonly root: string;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.root = resolve(config.dataDir);
  }

  /** `course-files/<courseId>/<assetId>.preview.pdf`, relative to DATA_DIR like the upload's own path. */
  previewPathOf(sourceStoragePath: string): string {
    return `${sourceStoragePath}.preview.pdf`;
  }

  async exists(storagePath: string): Promise<boolean> {
    try {
      return (await stat(this.absolutePath(storagePath))).isFile();
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
      throw error;
    }
  }

  /**
   * Writes to a temporary name in the same folder, then renames: the API never serves half a
   * preview, and a worker killed mid-write leaves only a `.part` file behind.
   */
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

  /** The file's absolute path; refuses a stored path that would lead outside DATA_DIR. */
  absolutePath(storagePath: string): string {
    const path = resolve(this.root, storagePath);
    const inside = relative(this.root, path);
    if (inside === '' || inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside)) {
      throw new Error(`a course file path leads outside DATA_DIR: ${storagePath}`);
    }
    return path;
  }
}
