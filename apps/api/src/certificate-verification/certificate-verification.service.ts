import { Inject, Injectable } from '@nestjs/common';
import { normalizeVerificationCode } from '@lentera/certificates';
import { APP_CONFIG, type AppConfig } from '@lentera/config';
import { CertificateRepository } from '@lentera/db';
import { CertificateLookup } from './certificate-lookup';
import { toVerification, unknownVerification } from './certificate-verification.mapper';
import type { CertificateVerificationModel } from './certificate-verification.model';
import { VerificationThrottle } from './verification-throttle';

/**
 * The public verification page: anyone with a code (typed, or read from the QR) learns whether
 * the certificate is genuine and still valid. An unknown code is an answer (UNKNOWN), not an
 * error; so is a code that cannot be one, however it was mistyped.
 */
@Injectable()
export class CertificateVerificationService {
  constructor(
    private readonly throttle: VerificationThrottle,
    private readonly lookup: CertificateLookup,
    private readonly certificates: CertificateRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async verify(input: string, address: string): Promise<CertificateVerificationModel> {
    await this.throttle.count(address);
    const code = normalizeVerificationCode(input);
    const found = code ? await this.lookup.find(code) : null;
    if (!found) return unknownVerification(code ?? input);
    return toVerification(found, await this.replacementNumber(found.certificate.replacedById), this.config.publicUrl);
  }

  /** The replacement's number once it is issued; a re-issue still pending has none to show. */
  private async replacementNumber(replacedById: string | null): Promise<string | null> {
    if (!replacedById) return null;
    const replacement = await this.certificates.findById(replacedById);
    return replacement && replacement.status !== 'pending' ? replacement.number : null;
  }
}
