import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Public } from '../auth/access.decorator';
import { clientAddress } from '../auth/request-auth';
import { contentDisposition } from '../course-files/content-disposition';
import { CertificateEvidenceService, type CertificateFile } from './certificate-evidence.service';

/**
 * `GET /public/certificates/<code>/<file>`, no session: `sertifikat.json`, `sertifikat.sig`,
 * `kunci-publik.pem`, `open-badge.json`, `open-badge.jwt`. Counted by the verification page's
 * rate limit (429 with Retry-After past it). Errors answer `{ code, message, messageEn }`:
 * 404 for an unknown code or file, 410 for the badge of a revoked certificate.
 */
@Controller()
export class CertificateVerificationController {
  constructor(private readonly evidence: CertificateEvidenceService) {}

  @Public()
  @Get('public/certificates/:code/:file')
  async download(@Param('code') code: string, @Param('file') file: string, @Req() request: Request, @Res() response: Response): Promise<void> {
    const served = await this.evidence.file(code, file, clientAddress(request));
    response.set(fileHeaders(served)).send(served.body);
  }
}

function fileHeaders(file: CertificateFile): Record<string, string> {
  return {
    'Content-Type': file.mediaType,
    'Content-Disposition': contentDisposition('attachment', file.fileName),
    'X-Content-Type-Options': 'nosniff',
    // Revocation changes what the badge files answer; a cache must ask again.
    'Cache-Control': 'no-cache',
  };
}
