import { applyDecorators } from '@nestjs/common';
import { Field, ID, InputType, Int } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  IsBoolean,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { CompetencyType, CourseLevel, EnrolmentPolicy, LessonKind } from '../catalogue/course.model';

/** Limits shared by the inputs and the services that check what GraphQL cannot express. */
export const LIMITS = {
  title: [3, 200],
  summary: [10, 600],
  description: 20_000,
  tag: 40,
  tags: 20,
  learningOutcome: [3, 300],
  learningOutcomes: 20,
  jp: [1, 200],
  estimatedMinutes: [1, 60_000],
  moduleTitle: [1, 200],
  lessonTitle: [1, 200],
  bodyHtml: 200_000,
  externalUrl: 2_000,
  instructors: 20,
  outlineModules: 200,
  outlineLessons: 2_000,
} as const;

const NOT_BLANK = /\S/;
const LANGUAGE = /^[a-z]{2,3}(-[A-Z]{2})?$/;

const Text = (min: number, max: number) => applyDecorators(IsString(), Length(min, max), Matches(NOT_BLANK, { message: '$property must not be blank' }));
const OptionalText = (min: number, max: number) => applyDecorators(IsOptional(), Text(min, max));
const Jp = () => applyDecorators(IsInt(), Min(LIMITS.jp[0]), Max(LIMITS.jp[1]));
const Minutes = () => applyDecorators(IsOptional(), IsInt(), Min(LIMITS.estimatedMinutes[0]), Max(LIMITS.estimatedMinutes[1]));
const Tags = () => applyDecorators(IsOptional(), ArrayMaxSize(LIMITS.tags), IsString({ each: true }), Length(1, LIMITS.tag, { each: true }));
const Outcomes = () =>
  applyDecorators(
    IsOptional(),
    ArrayMaxSize(LIMITS.learningOutcomes),
    IsString({ each: true }),
    Length(LIMITS.learningOutcome[0], LIMITS.learningOutcome[1], { each: true }),
  );
const Language = () => applyDecorators(IsOptional(), IsString(), Matches(LANGUAGE, { message: 'language must be a language code such as "id" or "en"' }));
const OptionalId = () => applyDecorators(IsOptional(), IsString());
const OptionalFlag = () => applyDecorators(IsOptional(), IsBoolean());
const Body = () => applyDecorators(IsOptional(), IsString(), MaxLength(LIMITS.bodyHtml));
const Url = () => applyDecorators(IsOptional(), IsString(), MaxLength(LIMITS.externalUrl));

@InputType()
export class CreateCourseInput {
  @Field(() => ID)
  @IsString()
  agencyId!: string;

  @Field(() => String)
  @Text(...LIMITS.title)
  title!: string;

  @Field(() => String)
  @Text(...LIMITS.summary)
  summary!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.description)
  description?: string | null;

  @Field(() => CompetencyType)
  @IsEnum(CompetencyType)
  competencyType!: CompetencyType;

  @Field(() => CourseLevel)
  @IsEnum(CourseLevel)
  level!: CourseLevel;

  @Field(() => Int, { description: 'Jam pelajaran credited on completion (1 JP is 45 minutes by default)' })
  @Jp()
  jp!: number;

  @Field(() => Int, { nullable: true })
  @Minutes()
  estimatedMinutes?: number | null;

  @Field(() => [String], { nullable: true })
  @Tags()
  tags?: string[] | null;

  @Field(() => String, { nullable: true, description: 'Language code; "id" when not given' })
  @Language()
  language?: string | null;

  @Field(() => [String], { nullable: true })
  @Outcomes()
  learningOutcomes?: string[] | null;

  @Field(() => EnrolmentPolicy, { nullable: true, description: 'OPEN when not given' })
  @IsOptional()
  @IsEnum(EnrolmentPolicy)
  enrolmentPolicy?: EnrolmentPolicy | null;
}

/** Only the fields given change. `null` clears estimatedMinutes and coverImageId; elsewhere it changes nothing. */
@InputType()
export class CourseDetailsInput {
  @Field(() => String, { nullable: true })
  @OptionalText(...LIMITS.title)
  title?: string | null;

  @Field(() => String, { nullable: true })
  @OptionalText(...LIMITS.summary)
  summary?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.description)
  description?: string | null;

  @Field(() => CompetencyType, { nullable: true })
  @IsOptional()
  @IsEnum(CompetencyType)
  competencyType?: CompetencyType | null;

  @Field(() => CourseLevel, { nullable: true })
  @IsOptional()
  @IsEnum(CourseLevel)
  level?: CourseLevel | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Jp()
  jp?: number | null;

  @Field(() => Int, { nullable: true })
  @Minutes()
  estimatedMinutes?: number | null;

  @Field(() => [String], { nullable: true })
  @Tags()
  tags?: string[] | null;

  @Field(() => String, { nullable: true })
  @Language()
  language?: string | null;

  @Field(() => [String], { nullable: true })
  @Outcomes()
  learningOutcomes?: string[] | null;

  @Field(() => EnrolmentPolicy, { nullable: true })
  @IsOptional()
  @IsEnum(EnrolmentPolicy)
  enrolmentPolicy?: EnrolmentPolicy | null;

  @Field(() => Boolean, { nullable: true })
  @OptionalFlag()
  preventSkippingAhead?: boolean | null;

  @Field(() => ID, { nullable: true, description: 'An IMAGE asset of this course; null removes the cover' })
  @OptionalId()
  coverImageId?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Instructors or admins of the course agency; at least one' })
  @IsOptional()
  @ArrayMaxSize(LIMITS.instructors)
  @IsString({ each: true })
  instructorIds?: string[] | null;
}

/**
 * What both a new lesson and a change to one may set; each field is optional in both. `null`
 * clears estimatedMinutes, documentId, videoId and externalUrl of an existing lesson.
 */
@InputType({ isAbstract: true })
abstract class LessonSettingsInput {
  @Field(() => Boolean, { nullable: true })
  @OptionalFlag()
  lockedUntilPreviousDone?: boolean | null;

  @Field(() => Int, { nullable: true })
  @Minutes()
  estimatedMinutes?: number | null;

  @Field(() => String, { nullable: true, description: 'TEXT lessons: HTML, sanitized when stored' })
  @Body()
  bodyHtml?: string | null;

  @Field(() => ID, { nullable: true, description: 'DOCUMENT lessons: a DOCUMENT asset of this course' })
  @OptionalId()
  documentId?: string | null;

  @Field(() => ID, { nullable: true, description: 'A VIDEO asset of this course; null clears' })
  @OptionalId()
  videoId?: string | null;

  @Field(() => Boolean, { nullable: true })
  @OptionalFlag()
  allowDownload?: boolean | null;

  @Field(() => String, { nullable: true, description: 'LINK lessons: an http(s) address' })
  @Url()
  externalUrl?: string | null;
}

@InputType()
export class NewLessonInput extends LessonSettingsInput {
  @Field(() => String)
  @Text(...LIMITS.lessonTitle)
  title!: string;

  @Field(() => LessonKind)
  @IsEnum(LessonKind)
  kind!: LessonKind;

  @Field(() => Boolean, { nullable: true, description: 'true when not given' })
  @OptionalFlag()
  required?: boolean | null;
}

/** Only the fields given change. */
@InputType()
export class LessonChangesInput extends LessonSettingsInput {
  @Field(() => String, { nullable: true })
  @OptionalText(...LIMITS.lessonTitle)
  title?: string | null;

  @Field(() => Boolean, { nullable: true })
  @OptionalFlag()
  required?: boolean | null;
}

/** One module and its lessons in their new order (checked by the service: GraphQL list arguments skip the validation pipe). */
@InputType()
export class ModuleOrderInput {
  @Field(() => ID)
  moduleId!: string;

  @Field(() => [ID])
  lessonIds!: string[];
}
