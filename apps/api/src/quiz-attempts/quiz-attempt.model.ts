import { Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import type { QuizAttemptSummaryRecord } from '@lentera/db';
import { QuestionType } from '../quiz-bank/quiz-enums';
import { QuizRulesFields } from '../quiz-bank/quiz-settings.model';
import { AnswerOutcome, QuizAttemptStatus } from './attempt-enums';

// The learner's side of a quiz. These types are separate from the author's (BankQuestion) and
// the grader's (GradedQuestion) on purpose: none of them has a field that could carry a key,
// except ReviewedQuestion's, which the mapper fills only when the review policy allows it.

@ObjectType('AttemptOption')
export class AttemptOptionModel {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  text!: string;
}

@ObjectType('AttemptMatchPrompt')
export class AttemptMatchPromptModel {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  prompt!: string;
}

@ObjectType('AttemptQuestion', { description: 'A question as this attempt shows it: no correct flag, no key, no rubric' })
export class AttemptQuestionModel {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  position!: number;

  @Field(() => QuestionType)
  type!: QuestionType;

  @Field(() => String)
  prompt!: string;

  @Field(() => Float)
  points!: number;

  @Field(() => [AttemptOptionModel], { description: 'SINGLE_CHOICE, MULTIPLE_CHOICE, in the order shown' })
  options!: AttemptOptionModel[];

  @Field(() => [AttemptMatchPromptModel], { description: 'MATCHING: the prompts' })
  matchPrompts!: AttemptMatchPromptModel[];

  @Field(() => [AttemptOptionModel], { description: 'MATCHING: the answers to choose from' })
  matchChoices!: AttemptOptionModel[];

  @Field(() => [AttemptOptionModel], { description: 'ORDERING: the items, shuffled' })
  orderItems!: AttemptOptionModel[];
}

@ObjectType('MatchAnswer')
export class MatchAnswerModel {
  @Field(() => ID)
  promptId!: string;

  @Field(() => ID)
  choiceId!: string;
}

@ObjectType('SavedAnswer')
export class SavedAnswerModel {
  @Field(() => ID)
  questionId!: string;

  @Field(() => [ID])
  optionIds!: string[];

  @Field(() => Boolean, { nullable: true })
  booleanValue!: boolean | null;

  @Field(() => String, { nullable: true })
  text!: string | null;

  @Field(() => Float, { nullable: true })
  number!: number | null;

  @Field(() => [MatchAnswerModel])
  matches!: MatchAnswerModel[];

  @Field(() => [ID])
  order!: string[];

  @Field(() => Date)
  savedAt!: Date;
}

@InputType()
export class MatchAnswerInput {
  @Field(() => ID)
  promptId!: string;

  @Field(() => ID)
  choiceId!: string;
}

// Lists of inputs are not run through the validation pipe: GraphQL checked the types, and
// checkAnswer (@lentera/quiz) checks each answer against its question.
@InputType({ description: 'One question\'s answer; set only the field(s) of its type. An empty answer clears it.' })
export class AnswerInput {
  @Field(() => ID)
  questionId!: string;

  @Field(() => [ID], { nullable: true })
  optionIds?: string[] | null;

  @Field(() => Boolean, { nullable: true })
  booleanValue?: boolean | null;

  @Field(() => String, { nullable: true })
  text?: string | null;

  @Field(() => Float, { nullable: true })
  number?: number | null;

  @Field(() => [MatchAnswerInput], { nullable: true })
  matches?: MatchAnswerInput[] | null;

  @Field(() => [ID], { nullable: true })
  order?: string[] | null;
}

@ObjectType('OptionFeedback')
export class OptionFeedbackModel {
  @Field(() => ID)
  optionId!: string;

  @Field(() => String)
  feedback!: string;
}

@ObjectType('ReviewedQuestion')
export class ReviewedQuestionModel {
  @Field(() => ID)
  questionId!: string;

  @Field(() => AnswerOutcome)
  outcome!: AnswerOutcome;

  @Field(() => Float, { nullable: true, description: 'Null while an essay waits for its grade' })
  points!: number | null;

  @Field(() => Float)
  maxPoints!: number;

  @Field(() => [ID], { nullable: true, description: 'The following are null unless AttemptReview.showsCorrectAnswers' })
  correctOptionIds!: string[] | null;

  @Field(() => Boolean, { nullable: true })
  correctBoolean!: boolean | null;

  @Field(() => [String], { nullable: true })
  acceptedAnswers!: string[] | null;

  @Field(() => Float, { nullable: true })
  numericAnswer!: number | null;

  @Field(() => Float, { nullable: true })
  numericTolerance!: number | null;

  @Field(() => [MatchAnswerModel], { nullable: true })
  correctMatches!: MatchAnswerModel[] | null;

  @Field(() => [ID], { nullable: true })
  correctOrder!: string[] | null;

  @Field(() => String, { nullable: true })
  feedback!: string | null;

  @Field(() => [OptionFeedbackModel], { nullable: true })
  optionFeedback!: OptionFeedbackModel[] | null;

  @Field(() => String, { nullable: true, description: "The instructor's comment on an essay (shown with the review)" })
  essayComment!: string | null;
}

@ObjectType('AttemptReview')
export class AttemptReviewModel {
  @Field(() => Boolean)
  showsCorrectAnswers!: boolean;

  @Field(() => [ReviewedQuestionModel])
  questions!: ReviewedQuestionModel[];
}

@ObjectType('QuizAttempt')
export class QuizAttemptModel {
  /** Not a GraphQL field: what questions, answers, layout and review are resolved from. */
  record!: QuizAttemptSummaryRecord;

  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  lessonId!: string;

  @Field(() => ID)
  courseId!: string;

  @Field(() => Int)
  number!: number;

  @Field(() => QuizAttemptStatus)
  status!: QuizAttemptStatus;

  @Field(() => Date)
  startedAt!: Date;

  @Field(() => Date, { nullable: true, description: 'Server-side end; null without a time limit or closing time' })
  deadline!: Date | null;

  @Field(() => Date, { description: "The server's clock when this answer was made, to correct the client's countdown" })
  serverNow!: Date;

  @Field(() => Date, { nullable: true })
  submittedAt!: Date | null;

  @Field(() => Boolean)
  submittedAutomatically!: boolean;

  @Field(() => Float)
  maxPoints!: number;

  @Field(() => Float, { nullable: true, description: 'Null until graded (while AWAITING_GRADING: the points of the graded questions)' })
  scorePoints!: number | null;

  @Field(() => Float, { nullable: true })
  percent!: number | null;

  @Field(() => Boolean, { nullable: true })
  passed!: boolean | null;

  // layout, questions, answers and review: QuizAttemptFieldsResolver.
}

@ObjectType('QuizOverview')
export class QuizOverviewModel extends QuizRulesFields {
  @Field(() => Int)
  questionCount!: number;

  @Field(() => Float)
  totalPoints!: number;

  @Field(() => Int)
  attemptsUsed!: number;

  @Field(() => Boolean)
  canStart!: boolean;

  @Field(() => String, { nullable: true, description: 'Why not, in Bahasa Indonesia / English (closed, not open yet, no attempts left, ...)' })
  cannotStartReason!: string | null;

  @Field(() => String, { nullable: true })
  cannotStartReasonEn!: string | null;

  @Field(() => QuizAttemptModel, { nullable: true })
  inProgressAttempt!: QuizAttemptModel | null;

  @Field(() => [QuizAttemptModel], { description: "The learner's attempts, newest first" })
  attempts!: QuizAttemptModel[];

  @Field(() => Float, { nullable: true, description: 'The score that counts (scoring policy), null before a graded attempt' })
  countedPercent!: number | null;

  @Field(() => Boolean)
  passed!: boolean;
}

@ObjectType('SaveQuizAnswersResult')
export class SaveQuizAnswersResultModel {
  @Field(() => ID)
  attemptId!: string;

  @Field(() => Int, { description: 'How many answers were stored' })
  saved!: number;

  @Field(() => Boolean, { description: 'True when they arrived after the deadline: kept, not graded' })
  late!: boolean;

  @Field(() => Date)
  savedAt!: Date;

  @Field(() => Date)
  serverNow!: Date;
}
