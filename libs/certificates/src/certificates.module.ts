import { Module } from '@nestjs/common';
import { CertificateFactsReader } from './certificate-facts.reader';
import { CertificateIssuingService } from './certificate-issuing.service';
import { CertificatePdfService } from './certificate-pdf.service';
import { CertificateSigner } from './certificate-signer';

/** Issuing, signing and rendering, for the worker and the API; repositories and config come from global modules. */
@Module({
  providers: [CertificateFactsReader, CertificateSigner, CertificateIssuingService, CertificatePdfService],
  exports: [CertificateSigner, CertificateIssuingService, CertificatePdfService],
})
export class CertificatesModule {}
