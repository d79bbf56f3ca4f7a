import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { QuizLayout, QuizReviewPolicy, QuizRole, QuizScoring, QuizSelection } from './quiz-enums';

@ObjectType('QuizDraw')
export class QuizDrawModel {
  @Field(() => String)
  tag!: string;

  @Field(() => Int)
  count!: number;
}

/**
 * The rules of a quiz a learner may know before starting: what the author sets and the learner's
 * quiz overview shows alike (none of them carries a key).
 */
@ObjectType({ isAbstract: true })
export abstract class QuizRulesFields {
  @Field(() => QuizLayout)
  layout!: QuizLayout;

  @Field(() => Int, { nullable: true })
  timeLimitMinutes!: number | null;

  @Field(() => Int, { nullable: true })
  maxAttempts!: number | null;

  @Field(() => Int)
  passingPercent!: number;

  @Field(() => Date, { nullable: true })
  opensAt!: Date | null;

  @Field(() => Date, { nullable: true })
  closesAt!: Date | null;

  @Field(() => QuizScoring)
  scoring!: QuizScoring;

  @Field(() => QuizReviewPolicy)
  review!: QuizReviewPolicy;

  @Field(() => QuizReviewPolicy)
  correctAnswers!: QuizReviewPolicy;

  @Field(() => QuizRole)
  role!: QuizRole;
}

/** A QUIZ lesson's settings, as the draft holds them (published with the lesson). */
@ObjectType('QuizSettings')
export class QuizSettingsModel extends QuizRulesFields {
  @Field(() => QuizSelection)
  selection!: QuizSelection;

  @Field(() => [ID])
  questionIds!: string[];

  @Field(() => [QuizDrawModel])
  draws!: QuizDrawModel[];

  @Field(() => Boolean)
  shuffleQuestions!: boolean;

  @Field(() => Boolean)
  shuffleOptions!: boolean;
}
