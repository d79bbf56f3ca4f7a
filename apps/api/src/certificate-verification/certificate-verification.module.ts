import { Module } from '@nestjs/common';
import { CertificateEvidenceService } from './certificate-evidence.service';
import { CertificateLookup } from './certificate-lookup';
import { CertificateVerificationController } from './certificate-verification.controller';
import { CertificateVerificationService } from './certificate-verification.service';
import { VerificationThrottle } from './verification-throttle';

/**
 * Public certificate verification: the page's query (CertificateVerificationResolver, in the app's
 * resolver list for the schema printer) and the REST downloads under /public/certificates.
 * Repositories come from the global DatabaseModule, Redis from JobsProducerModule.
 */
@Module({
  controllers: [CertificateVerificationController],
  providers: [VerificationThrottle, CertificateLookup, CertificateVerificationService, CertificateEvidenceService],
  exports: [CertificateVerificationService],
})
export class CertificateVerificationModule {}
