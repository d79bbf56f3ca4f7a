import { mkdir, readdir, readFile, rename, rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@lentera/config';
import { DataDirectory, videoPaths } from '@lentera/media';
import type { OutputReader } from './hls-output';

/** Folders of transcode runs inside `videos/<assetId>/`: `.work-<runId>` while running, `hls-<runId>` once published. */
const RUN_FOLDER = /^(\.work|hls)-[a-z0-9-]+$/;

/**
 * A video's files under DATA_DIR (the volume the API and the worker share), by the relative
 * paths of `videoPaths`: the source the API accepted, and the folders transcode runs write.
 */
@Injectable()
export class VideoFileStore {
  private readonly directory: DataDirectory;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.directory = new DataDirectory(config.dataDir);
  }

  isFile(storagePath: string): Promise<boolean> {
    return this.directory.isFile(storagePath);
  }

  /** An empty run folder with one sub-folder per rendition (ffmpeg writes `<name>/index.m3u8` there). */
  async prepareRun(workPath: string, renditionNames: readonly string[]): Promise<void> {
    const path = this.absolutePath(workPath);
    await rm(path, { recursive: true, force: true });
    for (const name of renditionNames) await mkdir(resolve(path, name), { recursive: true });
  }

  /** Reads a run's folder, for checking its output before it is published. */
  readerOf(folderPath: string): OutputReader {
    const inside = (path: string) => this.absolutePath(`${folderPath}/${path}`);
    return {
      readText: async (path) => {
        try {
          return await readFile(inside(path), 'utf8');
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
          throw error;
        }
      },
      isFile: (path) => this.isFile(`${folderPath}/${path}`),
    };
  }

  /** One rename() within the video's folder: the published folder is complete or absent, never half there. */
  async publish(workPath: string, outputPath: string): Promise<void> {
    await rename(this.absolutePath(workPath), this.absolutePath(outputPath));
  }

  remove(folderPath: string): Promise<void> {
    return this.directory.remove(folderPath);
  }

  /** Removes the run folders of this video (`.work-*` of dead runs, older `hls-*`) except `keep`; returns what it removed. */
  async removeRunFolders(assetId: string, options: { keep?: string; only?: 'work' } = {}): Promise<string[]> {
    const folder = videoPaths.folder(assetId);
    let names: string[];
    try {
      names = await readdir(this.absolutePath(folder));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
    const removed = names
      .filter((name) => RUN_FOLDER.test(name) && (options.only !== 'work' || name.startsWith('.work-')))
      .map((name) => `${folder}/${name}`)
      .filter((path) => path !== options.keep);
    for (const path of removed) await this.remove(path);
    return removed;
  }

  /** The absolute path; refuses a stored path that would lead outside DATA_DIR. */
  absolutePath(storagePath: string): string {
    return this.directory.absolutePath(storagePath);
  }
}
