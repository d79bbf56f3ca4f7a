import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { FileUrlSigner } from '../course-files/file-url-signer';
import { EvidenceFileStore } from './evidence-file.store';
import { EvidenceUrlSigner } from './evidence-url.signer';
import { ExternalActivityService } from './external-activity.service';
import { JpLedgerController } from './jp-ledger.controller';
import { JpLedgerService } from './jp-ledger.service';
import { JpPolicyService } from './jp-policy.service';

/**
 * Each ASN's JP ledger toward the yearly target, external activities and their review, the
 * agency's policy, report and exports. Its resolver is listed in graphql/resolvers.ts;
 * repositories come from the global DatabaseModule, AgencyAccess from AuthModule.
 */
@Module({
  imports: [AuthModule],
  controllers: [JpLedgerController],
  providers: [FileUrlSigner, EvidenceUrlSigner, EvidenceFileStore, ExternalActivityService, JpLedgerService, JpPolicyService],
  exports: [ExternalActivityService, JpLedgerService, JpPolicyService, EvidenceUrlSigner],
})
export class JpLedgerApiModule {}
