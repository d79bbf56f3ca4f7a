import { Controller, Delete, Head, Options, Param, Patch, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Metadata } from '@tus/server';
import { isValidId } from '@lentera/db';
import { Public, SignedIn } from '../auth/access.decorator';
import type { Actor } from '../auth/actor';
import { CurrentActor } from '../auth/current-actor.decorator';
import { invalidUploadMetadata, uploadNotFound } from './video-upload.errors';
import { TusUploadServer, type AuthorisedUploadRequest } from './tus-upload.server';
import { VideoUploadService } from './video-upload.service';

/**
 * `/uploads/videos`: tus (resumable uploads, https://tus.io/protocols/resumable-upload) for
 * lesson videos. Every request but OPTIONS carries `Authorization: Bearer`; it is checked here,
 * with errors as `{ code, message, messageEn }`, before tus reads a byte. The protocol itself is
 * TusUploadServer's.
 */
@Controller('uploads/videos')
export class VideoUploadController {
  constructor(
    private readonly tus: TusUploadServer,
    private readonly uploads: VideoUploadService,
  ) {}

  /** tus discovery (versions, extensions, max size): nothing private in it. */
  @Public()
  @Options(['', ':uploadId'])
  discover(@Req() request: Request, @Res() response: Response): Promise<void> {
    return this.tus.handle(request, response);
  }

  /** Creation: `Upload-Length` and `Upload-Metadata` with `courseId` and `filename`; 201 with `Location`. */
  @SignedIn()
  @Post()
  async create(@CurrentActor() actor: Actor, @Req() request: AuthorisedUploadRequest & Request, @Res() response: Response): Promise<void> {
    const owner = await this.uploads.authoriseCreate(actor, request.header('upload-length'), metadataOf(request.header('upload-metadata')));
    request.lenteraVideoUpload = owner;
    await this.tus.handle(request, response);
  }

  /** Offset (HEAD), bytes (PATCH; the last one answers 204 with `X-Video-Id`, or 422 with the reason) and termination: the owner only. */
  @SignedIn()
  @Head(':uploadId')
  head(@CurrentActor() actor: Actor, @Param('uploadId') uploadId: string, @Req() request: Request, @Res() response: Response): Promise<void> {
    return this.continue(actor, uploadId, request, response);
  }

  @SignedIn()
  @Patch(':uploadId')
  patch(@CurrentActor() actor: Actor, @Param('uploadId') uploadId: string, @Req() request: Request, @Res() response: Response): Promise<void> {
    return this.continue(actor, uploadId, request, response);
  }

  @SignedIn()
  @Delete(':uploadId')
  terminate(@CurrentActor() actor: Actor, @Param('uploadId') uploadId: string, @Req() request: Request, @Res() response: Response): Promise<void> {
    return this.continue(actor, uploadId, request, response);
  }

  private async continue(actor: Actor, uploadId: string, request: Request, response: Response): Promise<void> {
    if (!isValidId(uploadId)) throw uploadNotFound();
    this.uploads.authoriseResume(actor, await this.tus.metadataOf(uploadId));
    await this.tus.handle(request, response);
  }
}

function metadataOf(header: string | undefined): Record<string, string | null> {
  try {
    return Metadata.parse(header);
  } catch {
    throw invalidUploadMetadata();
  }
}
