import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { Allow, IsEnum, IsString } from 'class-validator';
import { CertificateSignatoryModel } from './certificate-content.model';
import { CertificateLanguage } from './certificate-enums';

@ObjectType('CertificateTemplateImage', { description: 'An image of the template, uploaded through POST /certificates/agencies/:agencyId/template-images/:slot' })
export class CertificateTemplateImageModel {
  @Field(() => String, { description: 'image/png or image/jpeg' })
  contentType!: string;

  @Field(() => String, { description: 'A signed link to the image that expires in 6 to 12 hours; it needs no session (an <img> can show it)' })
  url!: string;
}

/** A signatory as the template holds it, with their signature image (the signed certificate keeps only the text: CertificateSignatory). */
@ObjectType('CertificateTemplateSignatory')
export class CertificateTemplateSignatoryModel extends CertificateSignatoryModel {
  @Field(() => CertificateTemplateImageModel, { nullable: true, description: 'Slot signature-<index of this signatory>' })
  signatureImage!: CertificateTemplateImageModel | null;
}

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

  @Field(() => [CertificateTemplateSignatoryModel])
  signatories!: CertificateTemplateSignatoryModel[];

  @Field(() => CertificateTemplateImageModel, { nullable: true, description: 'Slot logo: drawn above the agency name' })
  logo!: CertificateTemplateImageModel | null;

  @Field(() => CertificateTemplateImageModel, { nullable: true, description: 'Slot background: fills the A4 landscape page (297 × 210 mm)' })
  background!: CertificateTemplateImageModel | null;

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
@InputType({ description: "The whole template (replace); the stored logo and background are kept, and each person's signature image stays with them (same NIP, else same name)" })
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
