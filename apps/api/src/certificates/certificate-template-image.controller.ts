import { Controller, Delete, Get, HttpCode, HttpStatus, Param, Post, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Public, RequirePermission } from '../auth/access.decorator';
import type { Actor } from '../auth/actor';
import { CurrentActor } from '../auth/current-actor.decorator';
import { Permission } from '../auth/permissions';
import { notARawFile } from '../course-files/course-files.errors';
import { readRequestBody } from '../http/request-body';
import { sendFile } from '../http/send-file';
import { templateImageNotFound, templateImageTooLarge } from './certificate-template-image.errors';
import { CertificateTemplateImageService, type UploadedTemplateImage } from './certificate-template-image.service';
import { maxBytesOf } from './certificate-template-image.slot';
import { TEMPLATE_IMAGE_ROUTE } from './certificate-template-image-url.signer';

/** Bodies the app's parsers take apart before a route sees them: never a raw image. */
const PARSED_BODY_TYPES = ['application/json', 'application/x-www-form-urlencoded', 'multipart/form-data'];

/**
 * REST for the images of an agency's certificate template, slot `logo`, `background` or
 * `signature-<n>` (n: 0-based index of a saved signatory). Uploads are the raw PNG or JPEG as
 * the body (at most 2 MB, a background 5 MB). The images are shown through the signed links the
 * template's GraphQL fields hand out. Errors answer `{ code, message, messageEn }`.
 */
@Controller()
export class CertificateTemplateImageController {
  constructor(private readonly images: CertificateTemplateImageService) {}

  /** `POST /certificates/agencies/:agencyId/template-images/:slot`: 201 `{ slot, contentType, sizeBytes }`. */
  @RequirePermission(Permission.IssueCertificates, { agencyArg: 'agencyId' })
  @Post('certificates/agencies/:agencyId/template-images/:slot')
  @HttpCode(HttpStatus.CREATED)
  async upload(@CurrentActor() actor: Actor, @Param('agencyId') agencyId: string, @Param('slot') slot: string, @Req() request: Request): Promise<UploadedTemplateImage> {
    if (request.is(PARSED_BODY_TYPES)) throw notARawFile();
    const target = await this.images.target(actor, agencyId, slot);
    const maxBytes = maxBytesOf(target.slot);
    const bytes = await readRequestBody(request, maxBytes, () => templateImageTooLarge(maxBytes));
    return this.images.upload(actor, target, bytes);
  }

  /** `DELETE /certificates/agencies/:agencyId/template-images/:slot`: 204, also when the slot was empty. */
  @RequirePermission(Permission.IssueCertificates, { agencyArg: 'agencyId' })
  @Delete('certificates/agencies/:agencyId/template-images/:slot')
  @HttpCode(HttpStatus.NO_CONTENT)
  async remove(@CurrentActor() actor: Actor, @Param('agencyId') agencyId: string, @Param('slot') slot: string): Promise<void> {
    await this.images.remove(actor, await this.images.target(actor, agencyId, slot));
  }

  /** `GET /certificates/template-images/:agencyId/:slot?v=..&exp=..&sig=..`: the signed link is the authorization. */
  @Public()
  @Get(`${TEMPLATE_IMAGE_ROUTE}/:agencyId/:slot`)
  async image(
    @Param('agencyId') agencyId: string,
    @Param('slot') slot: string,
    @Query('v') version: unknown,
    @Query('exp') exp: unknown,
    @Query('sig') sig: unknown,
    @Res() response: Response,
  ): Promise<void> {
    const file = await this.images.fileToServe({ agencyId, slot, version: stringOr(version), exp: stringOr(exp), sig: stringOr(sig) });
    const headers = {
      'Content-Type': file.contentType,
      'X-Content-Type-Options': 'nosniff',
      'Content-Security-Policy': "sandbox; default-src 'none'",
      // Private: a shared cache must not keep what a signed link gave one person. A new image has a new link.
      'Cache-Control': `private, max-age=${Math.max(0, file.expiresAt - Math.floor(Date.now() / 1000))}`,
    };
    await sendFile(response, file.path, headers, templateImageNotFound);
  }
}

function stringOr(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}
