import { Field, Float, ID, ObjectType } from '@nestjs/graphql';
import type { CertificateData } from '@lentera/certificates';
import type { CompetencyType as StoredCompetencyType } from '@lentera/db';
import { competencyTypes } from '../catalogue/course-enums.mapper';
import { CompetencyType } from '../catalogue/course.model';

// What a certificate's signed data says (CertificateData, version 1), shown to its learner, its
// agency's admins and, through the public verification page, to anyone. It is read from the
// stored signed bytes, not from the certificate's database fields, so it is what the PDF and an
// offline check show.

@ObjectType('CertificateIssuer')
export class CertificateIssuerModel {
  @Field(() => ID)
  agencyId!: string;

  @Field(() => String)
  code!: string;

  @Field(() => String)
  name!: string;
}

@ObjectType('CertificateParticipant')
export class CertificateParticipantModel {
  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  nip!: string | null;

  @Field(() => String, { nullable: true, description: 'Pangkat/golongan' })
  rankGrade!: string | null;

  @Field(() => String, { nullable: true, description: 'Jabatan' })
  position!: string | null;

  @Field(() => String, { nullable: true, description: 'Unit kerja' })
  workUnit!: string | null;

  @Field(() => String, { nullable: true, description: 'Instansi asal' })
  agencyOfOrigin!: string | null;
}

@ObjectType('CertificateSignatory')
export class CertificateSignatoryModel {
  @Field(() => String)
  name!: string;

  @Field(() => String)
  title!: string;

  @Field(() => String, { nullable: true })
  nip!: string | null;
}

@ObjectType('CertificateContent')
export class CertificateContentModel {
  @Field(() => String)
  number!: string;

  @Field(() => CertificateIssuerModel)
  issuer!: CertificateIssuerModel;

  @Field(() => ID)
  courseId!: string;

  @Field(() => String)
  courseTitle!: string;

  @Field(() => Float)
  jp!: number;

  // Nullable although every certificate Lentera signs has one: the value is read back from stored
  // bytes, and a value the enum does not know must not turn the whole answer into an error.
  @Field(() => CompetencyType, { nullable: true })
  competencyType!: CompetencyType | null;

  @Field(() => CertificateParticipantModel)
  participant!: CertificateParticipantModel;

  @Field(() => String, { description: 'First day of the training, YYYY-MM-DD (Asia/Jakarta)' })
  periodStart!: string;

  @Field(() => String, { description: 'Last day of the training, YYYY-MM-DD (Asia/Jakarta)' })
  periodEnd!: string;

  @Field(() => Date)
  issuedAt!: Date;

  @Field(() => [CertificateSignatoryModel])
  signatories!: CertificateSignatoryModel[];

  @Field(() => String, { nullable: true, description: 'The number of the certificate this one replaces (a re-issue)' })
  replacesNumber!: string | null;

  @Field(() => String, { nullable: true, description: 'The signing key that signed this data' })
  keyId!: string | null;

  @Field(() => String, { nullable: true, description: 'The public verification page the QR code opens' })
  verifyUrl!: string | null;
}

/** The signed data (from parseCertificateJson) as GraphQL shows it. */
export function toCertificateContent(data: CertificateData): CertificateContentModel {
  return {
    number: data.number,
    issuer: { agencyId: data.issuer.agencyId, code: data.issuer.code, name: data.issuer.name },
    courseId: data.course.id,
    courseTitle: data.course.title,
    jp: data.course.jp,
    competencyType: competencyTypeOf(data.course.competencyType),
    participant: {
      name: data.participant.name,
      nip: data.participant.nip ?? null,
      rankGrade: data.participant.rankGrade ?? null,
      position: data.participant.position ?? null,
      workUnit: data.participant.workUnit ?? null,
      agencyOfOrigin: data.participant.agencyOfOrigin ?? null,
    },
    periodStart: data.period.start,
    periodEnd: data.period.end,
    issuedAt: new Date(data.issuedAt),
    signatories: data.signatories.map((signatory) => ({ name: signatory.name, title: signatory.title, nip: signatory.nip ?? null })),
    replacesNumber: data.replaces ?? null,
    keyId: data.keyId ?? null,
    verifyUrl: data.verifyUrl ?? null,
  };
}

function competencyTypeOf(value: string): CompetencyType | null {
  return Object.hasOwn(competencyTypes, value) ? competencyTypes[value as StoredCompetencyType] : null;
}
