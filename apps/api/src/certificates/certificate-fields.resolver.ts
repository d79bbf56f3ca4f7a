import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphqlContext } from '../graphql/graphql-context';
import { CertificateAuditEntryModel } from './certificate-admin.model';
import { CertificateModel } from './certificate.model';

// Names a list shows, through the request's DataLoaders: a page of certificates or audit
// entries costs one users query (and one courses query for pending certificates).

@Resolver(() => CertificateModel)
export class CertificateFieldsResolver {
  @ResolveField('courseTitle', () => String, { nullable: true, description: 'As signed; while pending, the course title now' })
  async courseTitle(@Parent() certificate: CertificateModel, @Context() context: GraphqlContext): Promise<string | null> {
    if (certificate.signedCourseTitle !== null) return certificate.signedCourseTitle;
    return (await context.loaders.courseById.load(certificate.courseId))?.title ?? null;
  }

  @ResolveField('participantName', () => String, { nullable: true, description: "As signed; while pending, the learner's name now" })
  async participantName(@Parent() certificate: CertificateModel, @Context() context: GraphqlContext): Promise<string | null> {
    if (certificate.signedParticipantName !== null) return certificate.signedParticipantName;
    return (await context.loaders.usersById.load(certificate.userId))?.fullName ?? null;
  }
}

@Resolver(() => CertificateAuditEntryModel)
export class CertificateAuditEntryResolver {
  @ResolveField('actorName', () => String, { nullable: true, description: 'Who did it; null for what the system did (a certificate issued at completion)' })
  async actorName(@Parent() entry: CertificateAuditEntryModel, @Context() context: GraphqlContext): Promise<string | null> {
    if (!entry.actorId) return null;
    return (await context.loaders.usersById.load(entry.actorId))?.fullName ?? null;
  }
}
