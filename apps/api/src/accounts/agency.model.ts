import { Field, InputType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsString, Length, Matches } from 'class-validator';
import { AgencyKind } from '../catalogue/course.model';

@InputType()
export class CreateAgencyInput {
  @Field(() => String, { description: 'Short code used in certificate numbers, e.g. BPSDM-KALBAR' })
  @Matches(/^[A-Za-z0-9-]{2,30}$/, { message: 'code must be 2-30 letters, digits or dashes' })
  code!: string;

  @Field(() => String)
  @IsString()
  @Length(3, 200)
  name!: string;

  @Field(() => AgencyKind)
  @IsEnum(AgencyKind)
  kind!: AgencyKind;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(2, 100)
  region?: string;
}
