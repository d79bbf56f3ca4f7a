import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Public } from '../auth/access.decorator';
import { sendFile } from '../http/send-file';
import { mediaNotFound } from './media.errors';
import { MediaService, type ServedMediaFile } from './media.service';

/**
 * HLS for hls.js and `<video>`: `GET|HEAD /media/<assetId>/<exp>/<sig>/<file>`. No session: the
 * signed prefix is the authorization, and the playlists' relative URLs stay under it.
 * Range requests answer 206 (express sendFile). Errors answer `{ code, message, messageEn }`.
 */
@Controller()
export class MediaController {
  constructor(private readonly media: MediaService) {}

  @Public()
  @Get('media/:assetId/:exp/:sig/*file')
  async serve(
    @Param('assetId') assetId: string,
    @Param('exp') exp: string,
    @Param('sig') sig: string,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const file = await this.media.fileToServe(assetId, exp, sig, fileSegmentOf(request.path));
    await sendFile(response, file.path, mediaHeaders(file), mediaNotFound);
  }
}

/**
 * What follows `/media/<id>/<exp>/<sig>/`, as it came over the wire (not decoded): express
 * would hand `*file` over decoded and split, and decoding is exactly what a traversal relies on.
 */
function fileSegmentOf(path: string): string {
  return path.split('/').slice(5).join('/');
}

function mediaHeaders(file: ServedMediaFile): Record<string, string> {
  return {
    'Content-Type': file.mediaType,
    'X-Content-Type-Options': 'nosniff',
    // Private: a shared cache must not keep what a signed URL gave one person. Immutable: a
    // published run's files never change; a new run publishes under a new folder.
    'Cache-Control': `private, max-age=${file.maxAgeSeconds}, immutable`,
  };
}
