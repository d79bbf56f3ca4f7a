import { Controller, HttpCode, HttpStatus, Param, Post, Query, Req } from '@nestjs/common';
import type { Request } from 'express';
import { MAX_CAPTION_BYTES } from '@lentera/media';
import { SignedIn } from '../auth/access.decorator';
import type { Actor } from '../auth/actor';
import { CurrentActor } from '../auth/current-actor.decorator';
import { readRequestBody } from '../http/request-body';
import { VideoCaptionService, type VideoCaptionView } from './video-caption.service';
import { captionNotRaw, captionTooLarge } from './video-upload.errors';

/** Bodies the app's JSON and form parsers take before a route sees them: never a caption file. */
const PARSED_BODY_TYPES = ['application/json', 'application/x-www-form-urlencoded', 'multipart/form-data'];

/** Captions are small files: REST with the raw WebVTT as the body. Removal is GraphQL (`removeVideoCaption`). */
@Controller()
export class VideoCaptionsController {
  constructor(private readonly captions: VideoCaptionService) {}

  /** `POST /videos/:assetId/captions?language=id&label=Bahasa%20Indonesia`, body: the .vtt file; 201 `{ language, label, url }`. */
  @SignedIn()
  @Post('videos/:assetId/captions')
  @HttpCode(HttpStatus.CREATED)
  async upload(
    @CurrentActor() actor: Actor,
    @Param('assetId') assetId: string,
    @Query('language') language: unknown,
    @Query('label') label: unknown,
    @Req() request: Request,
  ): Promise<VideoCaptionView> {
    const target = await this.captions.videoForCaption(actor, assetId, language, label);
    if (request.is(PARSED_BODY_TYPES)) throw captionNotRaw();
    const bytes = await readRequestBody(request, MAX_CAPTION_BYTES, () => captionTooLarge(MAX_CAPTION_BYTES));
    return this.captions.save(actor, target.video, target.language, target.label, bytes);
  }
}
