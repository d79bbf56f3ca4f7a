import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { RequirePermission, SignedIn } from '../auth/access.decorator';
import type { Actor } from '../auth/actor';
import { AgencyAccess } from '../auth/agency-access';
import { CurrentActor } from '../auth/current-actor.decorator';
import { Permission } from '../auth/permissions';
import { CertificateStatus } from './certificate-enums';
import { CertificateIssueService } from './certificate-issue.service';
import { CertificateQueryService } from './certificate-query.service';
import { CertificateRevocationService } from './certificate-revocation.service';
import { CertificateConnection, CertificateModel, IssueCertificatesResultModel } from './certificate.model';

// Signed in where the agency is the certificate's or the course's (not an argument): the
// services check IssueCertificates there (CertificateAccess, AgencyAccess).
@Resolver(() => CertificateModel)
export class CertificateResolver {
  constructor(
    private readonly queries: CertificateQueryService,
    private readonly issuing: CertificateIssueService,
    private readonly revocations: CertificateRevocationService,
    private readonly access: AgencyAccess,
  ) {}

  @SignedIn()
  @Query(() => [CertificateModel], { description: "The caller's certificates (issued or revoked), newest first" })
  myCertificates(@CurrentActor() actor: Actor): Promise<CertificateModel[]> {
    return this.queries.mine(actor);
  }

  @SignedIn()
  @Query(() => CertificateModel, { description: 'A certificate, for its learner or its agency issuers' })
  certificate(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<CertificateModel> {
    return this.queries.one(actor, id);
  }

  @RequirePermission(Permission.IssueCertificates, { agencyArg: 'agencyId' })
  @Query(() => CertificateConnection, { description: "An agency's certificates, newest first; search by name, number, code or NIP" })
  agencyCertificates(
    @CurrentActor() actor: Actor,
    @Args('agencyId', { type: () => ID }) agencyId: string,
    @Args('courseId', { type: () => ID, nullable: true }) courseId: string | null,
    @Args('status', { type: () => CertificateStatus, nullable: true }) status: CertificateStatus | null,
    @Args('search', { type: () => String, nullable: true }) search: string | null,
    @Args('first', { type: () => Int, defaultValue: 50 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ): Promise<CertificateConnection> {
    const scope = this.access.scope(actor, Permission.IssueCertificates, agencyId);
    return this.queries.ofAgency(scope, { courseId, status, search, first, after });
  }

  @SignedIn()
  @Mutation(() => IssueCertificatesResultModel, {
    description: "Claims certificates for chosen learners of a course, or for a class (an assignment's learners); the worker signs them",
  })
  issueCertificates(
    @CurrentActor() actor: Actor,
    @Args('courseId', { type: () => ID }) courseId: string,
    @Args('userIds', { type: () => [ID], nullable: true }) userIds: string[] | null,
    @Args('assignmentId', { type: () => ID, nullable: true }) assignmentId: string | null,
  ): Promise<IssueCertificatesResultModel> {
    return this.issuing.issue(actor, { courseId, userIds, assignmentId });
  }

  @SignedIn()
  @Mutation(() => CertificateModel, { description: 'Revokes an issued certificate; the reason shows on its public page' })
  async revokeCertificate(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('reason', { type: () => String }) reason: string,
  ): Promise<CertificateModel> {
    return this.queries.view(await this.revocations.revoke(actor, id, reason));
  }

  @SignedIn()
  @Mutation(() => CertificateModel, { description: 'Revokes the certificate (when still issued) and claims its replacement, pending until the worker signs it' })
  async reissueCertificate(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('reason', { type: () => String }) reason: string,
  ): Promise<CertificateModel> {
    return this.queries.view(await this.revocations.reissue(actor, id, reason));
  }
}
