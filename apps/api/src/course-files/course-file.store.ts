import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@lentera/config';
import { DataDirectory } from '@lentera/media';

/**
 * Course files on disk, as `course-files/<courseId>/<assetId>` under DATA_DIR. The name is
 * made of ids only: the uploader's file name never becomes a path.
 */
@Injectable()
export class CourseFileStore {
  private readonly directory: DataDirectory;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.directory = new DataDirectory(config.dataDir);
  }

  /** Where an asset's file goes, relative to DATA_DIR (stored on the asset record). */
  storagePathOf(courseId: string, assetId: string): string {
    return `course-files/${courseId}/${assetId}`;
  }

  /** Atomically: a reader (or a crash) never sees half a file. */
  save(storagePath: string, bytes: Buffer): Promise<void> {
    return this.directory.writeAtomically(storagePath, bytes);
  }

  remove(storagePath: string): Promise<void> {
    return this.directory.remove(storagePath);
  }

  /** Every file of a course (when the course itself is deleted). */
  removeCourse(courseId: string): Promise<void> {
    return this.directory.remove(`course-files/${courseId}`);
  }

  /** The file's absolute path; refuses a stored path that would lead outside DATA_DIR. */
  absolutePath(storagePath: string): string {
    return this.directory.absolutePath(storagePath);
  }
}
