import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { Allow, IsEnum, IsString } from 'class-validator';
import { CertificateSignatoryModel } from './certificate-content.model';
import { CertificateLanguage } from './certificate-enums';

@ObjectType('CertificateTemplate')
export class CertificateTemplateModel {
  @Field(() => ID)
  agencyId!: string;

  @Field(() => String)
  heading!: string;

  @Field(() => CertificateLanguage)
  language!: CertificateLanguage;

  @Field(() => String, { description: 'e.g. {agencyCode}/{year}/{sequence:5}' })
  numberFormat!: string;

  @Field(() => [CertificateSignatoryModel])
  signatories!: CertificateSignatoryModel[];

  @Field(() => Date, { nullable: true, description: 'Null while the agency uses the default template' })
  updatedAt!: Date | null;

  @Field(() => String, { description: 'The number format rendered for the first certificate of this year' })
  sampleNumber!: string;
}

@InputType()
export class CertificateSignatoryInput {
  @Field(() => String)
  name!: string;

  @Field(() => String)
  title!: string;

  @Field(() => String, { nullable: true })
  nip?: string | null;
}

/** Lengths, the number format and NIPs are checked by CertificateTemplateService (bilingual messages). */
@InputType({ description: 'The whole template (replace); the stored logo, background and signature images are kept' })
export class CertificateTemplateInput {
  @Field(() => String)
  @IsString()
  heading!: string;

  @Field(() => CertificateLanguage)
  @IsEnum(CertificateLanguage)
  language!: CertificateLanguage;

  @Field(() => String)
  @IsString()
  numberFormat!: string;

  @Field(() => [CertificateSignatoryInput])
  @Allow()
  signatories!: CertificateSignatoryInput[];
}
