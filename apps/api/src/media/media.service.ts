import { join } from 'node:path';
import { Injectable } from '@nestjs/common';
import { CourseAssetRepository, isValidId } from '@lentera/db';
import { hlsMediaTypeOf } from '@lentera/media';
import { mediaFileOf } from './media-file';
import { invalidMediaLink, mediaNotFound } from './media.errors';
import { MediaUrlSigner } from './media-url-signer';
import { VideoFileStore } from './video-file.store';

/** What `GET /media/...` sends. */
export interface ServedMediaFile {
  path: string;
  mediaType: string;
  /** Seconds until the signed prefix expires: nothing may cache the file beyond it. */
  maxAgeSeconds: number;
}

/** Resolves a signed media URL to one file of a READY video: its HLS output, poster or a caption. */
@Injectable()
export class MediaService {
  constructor(
    private readonly assets: CourseAssetRepository,
    private readonly signer: MediaUrlSigner,
    private readonly store: VideoFileStore,
  ) {}

  /** The signature is checked before the id is looked up; `rawPath` is the URL's rest, still percent-encoded. */
  async fileToServe(assetId: string, exp: string, sig: string, rawPath: string): Promise<ServedMediaFile> {
    if (!this.signer.verify(assetId, exp, sig)) throw invalidMediaLink();
    const file = mediaFileOf(rawPath);
    if (!file || !isValidId(assetId)) throw mediaNotFound();
    const asset = await this.assets.findById(assetId);
    const video = asset?.kind === 'video' ? asset.video : null;
    if (!video || video.status !== 'ready' || !video.outputPath) throw mediaNotFound();
    let storagePath: string;
    if (file.kind === 'caption') {
      const caption = video.captions.find((candidate) => candidate.language === file.language);
      if (!caption) throw mediaNotFound();
      storagePath = caption.storagePath;
    } else {
      if (file.kind === 'rendition' && !video.renditions.some((rendition) => rendition.name === file.rendition)) throw mediaNotFound();
      storagePath = join(video.outputPath, file.relativePath);
    }
    const mediaType = hlsMediaTypeOf(file.fileName);
    if (!mediaType) throw mediaNotFound();
    return { path: this.store.absolutePath(storagePath), mediaType, maxAgeSeconds: this.signer.secondsLeft(exp) };
  }
}
