import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@lentera/config';
import { DataDirectory } from '@lentera/media';

/**
 * Course files under DATA_DIR, the volume the API and the worker share: the API stores uploads
 * as `course-files/<courseId>/<assetId>`, the worker puts each office document's preview next
 * to it, so deleting a course's folder removes both.
 */
@Injectable()
export class PreviewFileStore {
  private readonly directory: DataDirectory;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.directory = new DataDirectory(config.dataDir);
  }

  /** `course-files/<courseId>/<assetId>.preview.pdf`, relative to DATA_DIR like the upload's own path. */
  previewPathOf(sourceStoragePath: string): string {
    return `${sourceStoragePath}.preview.pdf`;
  }

  exists(storagePath: string): Promise<boolean> {
    return this.directory.isFile(storagePath);
  }

  /** Atomically: the API never serves half a preview, and a worker killed mid-write leaves only a `.part` file behind. */
  save(storagePath: string, bytes: Buffer): Promise<void> {
    return this.directory.writeAtomically(storagePath, bytes);
  }

  remove(storagePath: string): Promise<void> {
    return this.directory.remove(storagePath);
  }

  /** The file's absolute path; refuses a stored path that would lead outside DATA_DIR. */
  absolutePath(storagePath: string): string {
    return this.directory.absolutePath(storagePath);
  }
}
