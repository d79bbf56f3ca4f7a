import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsEnum, IsInt, IsOptional, IsString } from 'class-validator';
import { CompetencyType, CourseLevel } from './course.model';

/**
 * Catalogue filters. Types are checked here (the validation pipe needs a decorator on every
 * field); limits and ranges are checked in CatalogueService, with messages in both languages.
 */
@InputType('CatalogueFilter')
export class CatalogueFilterInput {
  @Field(() => String, { nullable: true, description: 'Words that must all start a word of the title or summary (any case, any accents); at most 100 characters' })
  @IsOptional()
  @IsString()
  search?: string | null;

  @Field(() => CompetencyType, { nullable: true })
  @IsOptional()
  @IsEnum(CompetencyType)
  competencyType?: CompetencyType | null;

  @Field(() => ID, { nullable: true, description: 'Only courses of this agency' })
  @IsOptional()
  @IsString()
  agencyId?: string | null;

  @Field(() => CourseLevel, { nullable: true })
  @IsOptional()
  @IsEnum(CourseLevel)
  level?: CourseLevel | null;

  @Field(() => Int, { nullable: true, description: 'At least this many JP' })
  @IsOptional()
  @IsInt()
  jpMin?: number | null;

  @Field(() => Int, { nullable: true, description: 'At most this many JP' })
  @IsOptional()
  @IsInt()
  jpMax?: number | null;
}
