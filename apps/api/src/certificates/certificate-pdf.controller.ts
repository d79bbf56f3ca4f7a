import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Public } from '../auth/access.decorator';
import { contentDisposition } from '../course-files/content-disposition';
import { sendFile } from '../http/send-file';
import { CertificatePdfFileService } from './certificate-pdf-file.service';
import { CERTIFICATE_PDF_ROUTE } from './certificate-url.signer';
import { pdfNotFound } from './certificates.errors';

/**
 * `GET /files/certificates/:certificateId?exp=..&sig=..`: a certificate's PDF, as a download. No
 * session: the signed link is the authorization, handed out as `pdfUrl` to whoever may read the
 * certificate. It lives under /files, which the web app's page fallback leaves to the API.
 * Errors answer `{ code, message, messageEn }` (403 for a bad or expired link, 404 without a PDF).
 */
@Controller(CERTIFICATE_PDF_ROUTE)
export class CertificatePdfController {
  constructor(private readonly files: CertificatePdfFileService) {}

  @Public()
  @Get(':certificateId')
  async download(@Param('certificateId') certificateId: string, @Query('exp') exp: unknown, @Query('sig') sig: unknown, @Res() response: Response): Promise<void> {
    const file = await this.files.fileToServe(certificateId, stringOrUndefined(exp), stringOrUndefined(sig));
    const headers = {
      'Content-Type': 'application/pdf',
      'Content-Disposition': contentDisposition('attachment', file.fileName),
      'X-Content-Type-Options': 'nosniff',
      // Private: a shared cache must not keep what a signed link gave one person.
      'Cache-Control': `private, max-age=${Math.max(0, file.expiresAt - Math.floor(Date.now() / 1000))}`,
    };
    await sendFile(response, file.path, headers, pdfNotFound);
  }
}

function stringOrUndefined(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}
