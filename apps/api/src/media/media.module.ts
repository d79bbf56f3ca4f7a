import { Module } from '@nestjs/common';
import { MediaController } from './media.controller';
import { MediaService } from './media.service';
import { MediaUrlSigner } from './media-url-signer';
import { VideoFileStore } from './video-file.store';

/**
 * Videos' files: the signed `/media` URLs (MediaUrlSigner, for whoever hands them out through
 * GraphQL), the route that serves them, and where a video's files live on disk.
 */
@Module({
  controllers: [MediaController],
  providers: [MediaUrlSigner, MediaService, VideoFileStore],
  exports: [MediaUrlSigner, VideoFileStore],
})
export class MediaModule {}
