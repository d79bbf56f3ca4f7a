import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { RequirePermission } from '../auth/access.decorator';
import type { Actor } from '../auth/actor';
import { CurrentActor } from '../auth/current-actor.decorator';
import { Permission } from '../auth/permissions';
import { CertificateAuditLogModel, SigningKeyModel } from './certificate-admin.model';
import { CertificateKeysService } from './certificate-keys.service';
import { CertificateTemplateInput, CertificateTemplateModel } from './certificate-template.model';
import { CertificateTemplateService } from './certificate-template.service';

/** An agency's certificate settings, keys and audit log: IssueCertificates in that agency. */
@Resolver()
export class CertificateAdminResolver {
  constructor(
    private readonly templates: CertificateTemplateService,
    private readonly keys: CertificateKeysService,
  ) {}

  @RequirePermission(Permission.IssueCertificates, { agencyArg: 'agencyId' })
  @Query(() => CertificateTemplateModel, { description: "The agency's certificate template (the default one until it saves its own)" })
  certificateTemplate(@CurrentActor() actor: Actor, @Args('agencyId', { type: () => ID }) agencyId: string): Promise<CertificateTemplateModel> {
    return this.templates.get(actor, agencyId);
  }

  @RequirePermission(Permission.IssueCertificates, { agencyArg: 'agencyId' })
  @Mutation(() => CertificateTemplateModel, { description: 'Replaces the template; certificates signed from now on use it' })
  updateCertificateTemplate(
    @CurrentActor() actor: Actor,
    @Args('agencyId', { type: () => ID }) agencyId: string,
    @Args('input') input: CertificateTemplateInput,
  ): Promise<CertificateTemplateModel> {
    return this.templates.update(actor, agencyId, input);
  }

  @RequirePermission(Permission.IssueCertificates, { agencyArg: 'agencyId' })
  @Query(() => [SigningKeyModel], { description: "The agency's signing keys, newest first" })
  signingKeys(@CurrentActor() actor: Actor, @Args('agencyId', { type: () => ID }) agencyId: string): Promise<SigningKeyModel[]> {
    return this.keys.list(actor, agencyId);
  }

  @RequirePermission(Permission.IssueCertificates, { agencyArg: 'agencyId' })
  @Mutation(() => SigningKeyModel, { description: 'Retires the active key (it still verifies what it signed) and makes a new one' })
  rotateSigningKey(
    @CurrentActor() actor: Actor,
    @Args('agencyId', { type: () => ID }) agencyId: string,
    @Args('reason', { type: () => String }) reason: string,
  ): Promise<SigningKeyModel> {
    return this.keys.rotate(actor, agencyId, reason);
  }

  @RequirePermission(Permission.IssueCertificates, { agencyArg: 'agencyId' })
  @Query(() => CertificateAuditLogModel, { description: "The agency's certificate audit log and whether it is intact" })
  certificateAuditLog(
    @CurrentActor() actor: Actor,
    @Args('agencyId', { type: () => ID }) agencyId: string,
    @Args('first', { type: () => Int, defaultValue: 50 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ): Promise<CertificateAuditLogModel> {
    return this.keys.log(actor, agencyId, first, after);
  }
}
