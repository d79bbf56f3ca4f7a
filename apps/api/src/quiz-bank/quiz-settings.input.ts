import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Allow, IsArray, IsBoolean, IsDate, IsEnum, IsInt, IsOptional } from 'class-validator';
import { QuizLayout, QuizReviewPolicy, QuizRole, QuizScoring, QuizSelection } from './quiz-enums';

@InputType()
export class QuizDrawInput {
  @Field(() => String)
  tag!: string;

  @Field(() => Int)
  count!: number;
}

/** Ranges, ids and the pre/post-test rule are checked by QuizSettingsService (bilingual messages). */
@InputType({ description: 'The whole settings (replace)' })
export class QuizSettingsInput {
  @Field(() => QuizSelection)
  @IsEnum(QuizSelection)
  selection!: QuizSelection;

  @Field(() => [ID])
  @IsArray()
  questionIds!: string[];

  @Field(() => [QuizDrawInput])
  @Allow()
  draws!: QuizDrawInput[];

  @Field(() => Boolean)
  @IsBoolean()
  shuffleQuestions!: boolean;

  @Field(() => Boolean)
  @IsBoolean()
  shuffleOptions!: boolean;

  @Field(() => QuizLayout)
  @IsEnum(QuizLayout)
  layout!: QuizLayout;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  timeLimitMinutes?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  maxAttempts?: number | null;

  @Field(() => Int)
  @IsInt()
  passingPercent!: number;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  @IsDate()
  opensAt?: Date | null;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  @IsDate()
  closesAt?: Date | null;

  @Field(() => QuizScoring)
  @IsEnum(QuizScoring)
  scoring!: QuizScoring;

  @Field(() => QuizReviewPolicy)
  @IsEnum(QuizReviewPolicy)
  review!: QuizReviewPolicy;

  @Field(() => QuizReviewPolicy)
  @IsEnum(QuizReviewPolicy)
  correctAnswers!: QuizReviewPolicy;

  @Field(() => QuizRole)
  @IsEnum(QuizRole)
  role!: QuizRole;
}
