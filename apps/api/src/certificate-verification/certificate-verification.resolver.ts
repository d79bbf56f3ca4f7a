import { Args, Context, Query, Resolver } from '@nestjs/graphql';
import { Public } from '../auth/access.decorator';
import { clientAddress } from '../auth/request-auth';
import type { GraphqlContext } from '../graphql/graphql-context';
import { CertificateVerificationModel } from './certificate-verification.model';
import { CertificateVerificationService } from './certificate-verification.service';

@Resolver(() => CertificateVerificationModel)
export class CertificateVerificationResolver {
  constructor(private readonly verification: CertificateVerificationService) {}

  @Public()
  @Query(() => CertificateVerificationModel, {
    description: 'Public, no sign-in: whether the certificate with this verification code (dashes, spaces and case do not matter) is genuine and valid. Rate-limited per address.',
  })
  verifyCertificate(@Args('code', { type: () => String }) code: string, @Context() context: GraphqlContext): Promise<CertificateVerificationModel> {
    return this.verification.verify(code, clientAddress(context.req));
  }
}
