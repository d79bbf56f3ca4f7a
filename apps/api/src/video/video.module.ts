import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { CourseFileStore } from '../course-files/course-file.store';
import { MediaModule } from '../media/media.module';
import { VideoService } from './video.service';

/**
 * Videos as GraphQL shows them. VideoResolver itself is in the app's resolver list (the schema
 * printer builds from it); it and the lesson and authoring views sign URLs with MediaUrlSigner,
 * which this module passes on.
 */
@Module({
  imports: [MediaModule, AuthModule],
  // CourseFileStore holds no state: a caption's file is removed like any course file under DATA_DIR.
  providers: [VideoService, CourseFileStore],
  exports: [VideoService, MediaModule],
})
export class VideoModule {}
