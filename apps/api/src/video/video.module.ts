import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { MediaModule } from '../media/media.module';
import { VideoService } from './video.service';

/**
 * Videos as GraphQL shows them. VideoResolver itself is in the app's resolver list (the schema
 * printer builds from it); it and the lesson and authoring views sign URLs with MediaUrlSigner,
 * which this module passes on.
 */
@Module({
  imports: [MediaModule, AuthModule],
  providers: [VideoService],
  exports: [VideoService, MediaModule],
})
export class VideoModule {}
