import { Controller, Get, Headers, HttpCode, HttpStatus, Param, Post, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Public, SignedIn } from '../auth/access.decorator';
import type { Actor } from '../auth/actor';
import { CurrentActor } from '../auth/current-actor.decorator';
import { readRequestBody, uploadFileName } from '../http/request-body';
import { sendFile } from '../http/send-file';
import { contentDisposition } from './content-disposition';
import { CourseFileService, type CourseFileView, type ServedFile } from './course-file.service';
import { fileNotFound, fileTooLarge, invalidFileLink, invalidUploadKind, maxUploadBytes, notARawFile, type UploadKind } from './course-files.errors';
import type { FileVariant } from './file-url-signer';

/** Bodies the app's JSON and form parsers take before a route sees them: never a file. */
const PARSED_BODY_TYPES = ['application/json', 'application/x-www-form-urlencoded', 'multipart/form-data'];

/**
 * A served file runs nothing and loads nothing: `sandbox` puts whatever a browser renders in a
 * unique origin without scripts or forms, `default-src 'none'` forbids it any request. Checked
 * by hand in Chromium 156: a PDF still opens in its viewer, top-level and in an iframe. (It
 * applies only where the file is the page; an `<img>` ignores it.)
 */
const FILE_CONTENT_SECURITY_POLICY = "sandbox; default-src 'none'";

/**
 * REST because GraphQL is the wrong tool for files. Uploads are the raw file as the body;
 * downloads need no session, since the signed URL is the authorization (handed out by the
 * resolver that decided the caller may see the file). Errors answer `{ code, message, messageEn }`.
 */
@Controller()
export class CourseFilesController {
  constructor(private readonly files: CourseFileService) {}

  /**
   * `POST /courses/:courseId/files?kind=image|document`, header `X-File-Name` (percent-encoded),
   * any Content-Type (only the content decides): 201 with the new asset and a signed URL.
   */
  @SignedIn()
  @Post('courses/:courseId/files')
  @HttpCode(HttpStatus.CREATED)
  async upload(
    @CurrentActor() actor: Actor,
    @Param('courseId') courseId: string,
    @Query('kind') kindParam: unknown,
    @Req() request: Request,
    @Headers('x-file-name') fileNameHeader?: string,
  ): Promise<CourseFileView> {
    const kind = uploadKindOf(kindParam);
    const course = await this.files.courseForUpload(actor, courseId);
    if (request.is(PARSED_BODY_TYPES)) throw notARawFile();
    const bytes = await readRequestBody(request, maxUploadBytes[kind], () => fileTooLarge(kind));
    return this.files.save(actor, course, { kind, fileName: uploadFileName(fileNameHeader, ''), bytes });
  }

  /**
   * `GET /files/:assetId?exp=..&sig=..[&download=1][&variant=preview]`, with Range support (206).
   * `variant=preview` is an office document's PDF preview (404 until it is ready).
   */
  @Public()
  @Get('files/:assetId')
  async serve(
    @Param('assetId') assetId: string,
    @Query('exp') exp: unknown,
    @Query('sig') sig: unknown,
    @Query('download') download: unknown,
    @Query('variant') variant: unknown,
    @Res() response: Response,
  ): Promise<void> {
    const options = { download: download === '1', variant: fileVariantOf(variant) };
    const file = await this.files.fileToServe(assetId, stringOrUndefined(exp), stringOrUndefined(sig), options);
    await sendFile(response, file.path, fileHeaders(file), fileNotFound);
  }
}

function uploadKindOf(value: unknown): UploadKind {
  if (value === 'image' || value === 'document') return value;
  throw invalidUploadKind();
}

/** No variant is the uploaded file; one that was never signed makes the link invalid. */
function fileVariantOf(value: unknown): FileVariant | undefined {
  if (value === undefined) return undefined;
  if (value === 'preview') return value;
  throw invalidFileLink();
}

function stringOrUndefined(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function fileHeaders(file: ServedFile): Record<string, string> {
  const maxAge = Math.max(0, file.expiresAt - Math.floor(Date.now() / 1000));
  return {
    'Content-Type': file.mediaType,
    'Content-Disposition': contentDisposition(file.download ? 'attachment' : 'inline', file.fileName),
    'X-Content-Type-Options': 'nosniff',
    'Content-Security-Policy': FILE_CONTENT_SECURITY_POLICY,
    // Private: a shared cache must not keep what a signed URL gave one person.
    'Cache-Control': `private, max-age=${maxAge}`,
  };
}
