import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { PageInfo } from '../graphql/pagination';
import { CertificateContentModel } from './certificate-content.model';
import { CertificatePdfStatus, CertificateStatus } from './certificate-enums';

// A certificate as its learner and its agency's admins see it. `content` is what was signed;
// the other fields are the certificate's life since (status, revocation, re-issue, PDF).

@ObjectType('Certificate')
export class CertificateModel {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'The public verification code (26 characters; printed in groups of five)' })
  code!: string;

  @Field(() => CertificateStatus)
  status!: CertificateStatus;

  @Field(() => String, { nullable: true, description: 'Null until it is numbered and signed' })
  number!: string | null;

  @Field(() => ID)
  courseId!: string;

  /** Resolved by CertificateFieldsResolver: the signed title, else (pending) the course's title now. */
  signedCourseTitle!: string | null;

  @Field(() => ID)
  userId!: string;

  /** Resolved by CertificateFieldsResolver: the signed name, else (pending) the learner's name now. */
  signedParticipantName!: string | null;

  @Field(() => Float, { nullable: true, description: 'JP the certificate credits; null until it is signed' })
  jp!: number | null;

  @Field(() => Date, { nullable: true })
  issuedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  revokedAt!: Date | null;

  @Field(() => String, { nullable: true })
  revokeReason!: string | null;

  @Field(() => ID, { nullable: true, description: 'The certificate this one re-issues' })
  replacesId!: string | null;

  @Field(() => ID, { nullable: true, description: 'The certificate that re-issued this one' })
  replacedById!: string | null;

  @Field(() => CertificateContentModel, { nullable: true, description: 'What the signed data says; null while pending' })
  content!: CertificateContentModel | null;

  @Field(() => CertificatePdfStatus)
  pdfStatus!: CertificatePdfStatus;

  @Field(() => String, { nullable: true, description: 'A signed link to download the PDF, valid for some hours; null until the PDF is ready' })
  pdfUrl!: string | null;

  @Field(() => String, { description: 'The public verification page of this certificate' })
  verifyUrl!: string;
}

@ObjectType('CertificateEdge')
export class CertificateEdge {
  @Field(() => String)
  cursor!: string;

  @Field(() => CertificateModel)
  node!: CertificateModel;
}

@ObjectType('CertificateConnection')
export class CertificateConnection {
  @Field(() => [CertificateEdge])
  edges!: CertificateEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int)
  totalCount!: number;
}

@ObjectType('IssueCertificatesResult')
export class IssueCertificatesResultModel {
  // A learner whose manually issued certificate was revoked is neither claimed nor skipped as
  // certified (its issue key is taken): such a certificate is re-issued (reissueCertificate).
  @Field(() => Int, { description: 'Learners asked for (each once)' })
  requested!: number;

  @Field(() => Int, { description: 'Certificates claimed by this call; the worker numbers, signs and renders them' })
  claimed!: number;

  @Field(() => Int, {
    description:
      'Learners skipped because they already have a certificate of the course that is not revoked (any source, also one claimed by a call running at the same time)',
  })
  alreadyCertified!: number;
}
