import { randomUUID } from 'node:crypto';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@lentera/config';

/**
 * Course files on disk, as `course-files/<courseId>/<assetId>` under DATA_DIR. The name is
 * made of ids only: the uploader's file name never becomes a path.
 */
@Injectable()
export class CourseFileStore {
  private readonly root: string;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.root = resolve(config.dataDir);
  }

  /** Where an asset's file goes, relative to DATA_DIR (stored on the asset record). */
  storagePathOf(courseId: string, assetId: string): string {
    return `course-files/${courseId}/${assetId}`;
  }

  /**
   * Writes to a temporary name, then renames: a reader (or a crash) never sees half a file,
   * since a rename within one folder is atomic.
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

  /** Every file of a course (when the course itself is deleted). */
  async removeCourse(courseId: string): Promise<void> {
    await rm(this.absolutePath(`course-files/${courseId}`), { recursive: true, force: true });
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
