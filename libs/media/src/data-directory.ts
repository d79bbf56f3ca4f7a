import { randomUUID } from 'node:crypto';
import { mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';

/**
 * DATA_DIR, the folder the API and the worker share (course files, previews, videos). Records
 * store paths relative to it; every one is resolved here, and one that would lead outside it
 * (`..`, an absolute path) is refused, so a damaged record can never reach another file.
 */
export class DataDirectory {
  readonly root: string;

  constructor(dataDir: string) {
    this.root = resolve(dataDir);
  }

  /** The absolute path of a stored path; throws for one that leads outside DATA_DIR. */
  absolutePath(storagePath: string): string {
    const path = resolve(this.root, storagePath);
    const inside = relative(this.root, path);
    if (inside === '' || inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside)) {
      throw new Error(`a stored path leads outside DATA_DIR: ${storagePath}`);
    }
    return path;
  }

  async isFile(storagePath: string): Promise<boolean> {
    try {
      return (await stat(this.absolutePath(storagePath))).isFile();
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
      throw error;
    }
  }

  /**
   * Writes to a temporary name in the same folder, then renames: a reader never sees half a
   * file (a rename within one folder is atomic), and a crash mid-write leaves only a `.part`.
   */
  async writeAtomically(storagePath: string, bytes: Buffer): Promise<void> {
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

  /** A file or a whole folder; nothing there is fine. */
  async remove(storagePath: string): Promise<void> {
    await rm(this.absolutePath(storagePath), { recursive: true, force: true });
  }
}
