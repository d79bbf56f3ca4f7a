import { Field, Float, ID, InputType } from '@nestjs/graphql';
import { Allow, IsArray, IsBoolean, IsEnum, IsNumber, IsOptional, IsString } from 'class-validator';
import { QuestionType } from './quiz-enums';

// Only the shapes are declared here: checkQuestionContent (@lentera/quiz) checks the
// content, so the import and the editor give the same bilingual messages. Nested inputs are not
// run through the validation pipe (no @ValidateNested), GraphQL has already checked their types.

@InputType()
export class QuestionOptionInput {
  @Field(() => ID, { nullable: true })
  id?: string | null;

  @Field(() => String)
  text!: string;

  @Field(() => Boolean)
  correct!: boolean;

  @Field(() => String, { nullable: true })
  feedback?: string | null;
}

@InputType()
export class MatchingPairInput {
  @Field(() => ID, { nullable: true })
  id?: string | null;

  @Field(() => String)
  prompt!: string;

  @Field(() => String)
  answer!: string;
}

@InputType()
export class OrderingItemInput {
  @Field(() => ID, { nullable: true })
  id?: string | null;

  @Field(() => String)
  text!: string;
}

@InputType()
export class RubricCriterionInput {
  @Field(() => ID, { nullable: true })
  id?: string | null;

  @Field(() => String)
  title!: string;

  @Field(() => Float)
  points!: number;
}

@InputType({ description: 'A whole question (create, or replace on update). Only the fields of its type are read.' })
export class QuestionInput {
  @Field(() => QuestionType)
  @IsEnum(QuestionType)
  type!: QuestionType;

  @Field(() => String)
  @IsString()
  prompt!: string;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsArray()
  tags?: string[] | null;

  @Field(() => Float)
  @IsNumber()
  points!: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  feedback?: string | null;

  @Field(() => [QuestionOptionInput], { nullable: true })
  @Allow()
  options?: QuestionOptionInput[] | null;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber()
  wrongPickPenalty?: number | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  trueFalseAnswer?: boolean | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsArray()
  acceptedAnswers?: string[] | null;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber()
  numericAnswer?: number | null;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber()
  numericTolerance?: number | null;

  @Field(() => [MatchingPairInput], { nullable: true })
  @Allow()
  pairs?: MatchingPairInput[] | null;

  @Field(() => [OrderingItemInput], { nullable: true })
  @Allow()
  orderItems?: OrderingItemInput[] | null;

  @Field(() => [RubricCriterionInput], { nullable: true })
  @Allow()
  rubric?: RubricCriterionInput[] | null;

  @Field(() => String, { nullable: true, description: 'Optional stable key; generated when absent (create only; ignored on update)' })
  @IsOptional()
  @IsString()
  key?: string | null;
}
