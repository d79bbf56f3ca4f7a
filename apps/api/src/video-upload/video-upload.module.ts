import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { MediaModule } from '../media/media.module';
import { TusUploadServer } from './tus-upload.server';
import { VideoCaptionService } from './video-caption.service';
import { VideoCaptionsController } from './video-captions.controller';
import { VideoUploadController } from './video-upload.controller';
import { VideoUploadService } from './video-upload.service';

/** REST for videos: resumable uploads (tus) and WebVTT captions. Playback is MediaModule's. */
@Module({
  imports: [AuthModule, MediaModule],
  controllers: [VideoUploadController, VideoCaptionsController],
  providers: [TusUploadServer, VideoUploadService, VideoCaptionService],
})
export class VideoUploadModule {}
