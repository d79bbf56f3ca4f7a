import { Module } from '@nestjs/common';
import { CertificatesModule } from '@lentera/certificates';
import { AuthModule } from '../auth/auth.module';
import { FileUrlSigner } from '../course-files/file-url-signer';
import { CertificateAccess } from './certificate-access';
import { CertificateIssueService } from './certificate-issue.service';
import { CertificateKeysService } from './certificate-keys.service';
import { CertificatePdfFileService } from './certificate-pdf-file.service';
import { CertificatePdfController } from './certificate-pdf.controller';
import { CertificateQueryService } from './certificate-query.service';
import { CertificateRevocationService } from './certificate-revocation.service';
import { CertificateTemplateImageController } from './certificate-template-image.controller';
import { CertificateTemplateImageService } from './certificate-template-image.service';
import { CertificateTemplateImageStore } from './certificate-template-image.store';
import { CertificateTemplateImageUrlSigner } from './certificate-template-image-url.signer';
import { CertificateTemplateService } from './certificate-template.service';
import { CertificateUrlSigner } from './certificate-url.signer';

/**
 * The signed-in side of certificates (the public verification is certificate-verification's).
 * Its resolvers are listed in certificates.resolvers.ts (the app provides them). Issuing,
 * signing and rendering come from @lentera/certificates' CertificatesModule; repositories from
 * the global DatabaseModule, JobQueue from the global producer, AgencyAccess from AuthModule.
 */
@Module({
  imports: [AuthModule, CertificatesModule],
  controllers: [CertificatePdfController, CertificateTemplateImageController],
  providers: [
    FileUrlSigner,
    CertificateUrlSigner,
    CertificateAccess,
    CertificateQueryService,
    CertificateIssueService,
    CertificateRevocationService,
    CertificateTemplateService,
    CertificateTemplateImageUrlSigner,
    CertificateTemplateImageStore,
    CertificateTemplateImageService,
    CertificateKeysService,
    CertificatePdfFileService,
  ],
  exports: [CertificateQueryService, CertificateIssueService, CertificateRevocationService, CertificateTemplateService, CertificateKeysService, CertificateUrlSigner],
})
export class CertificatesApiModule {}
