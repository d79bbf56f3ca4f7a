import { Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsArray, IsNumber, IsOptional, IsString } from 'class-validator';
import { PageInfo } from '../graphql/pagination';
import { AnswerOutcome, QuizAttemptStatus } from '../quiz-attempts/attempt-enums';
import { AttemptMatchPromptModel, AttemptOptionModel, MatchAnswerModel, SavedAnswerModel } from '../quiz-attempts/quiz-attempt.model';
import { QuestionOptionModel, RubricCriterionModel } from '../quiz-bank/question.model';
import { QuestionType } from '../quiz-bank/quiz-enums';

// The graders' side of quiz attempts (ReadLearnerProgress / GradeQuizzes in the course's agency).
// GradedQuestion shows the answer keys: it is never part of a learner's view.

@ObjectType('QuizAttemptSummary')
export class QuizAttemptSummaryModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  lessonId!: string;

  @Field(() => Int)
  number!: number;

  @Field(() => QuizAttemptStatus)
  status!: QuizAttemptStatus;

  @Field(() => Date)
  startedAt!: Date;

  @Field(() => Date, { nullable: true })
  submittedAt!: Date | null;

  @Field(() => Boolean)
  submittedAutomatically!: boolean;

  @Field(() => Float)
  maxPoints!: number;

  @Field(() => Float, { nullable: true })
  scorePoints!: number | null;

  @Field(() => Float, { nullable: true })
  percent!: number | null;

  @Field(() => Boolean, { nullable: true })
  passed!: boolean | null;
}

@ObjectType('QuizResultRow')
export class QuizResultRowModel {
  @Field(() => QuizAttemptSummaryModel)
  attempt!: QuizAttemptSummaryModel;

  /** Not a GraphQL field: the `learner` field resolves it. */
  userId!: string;
}

@ObjectType('QuizResultEdge')
export class QuizResultEdge {
  @Field(() => String)
  cursor!: string;

  @Field(() => QuizResultRowModel)
  node!: QuizResultRowModel;
}

@ObjectType('QuizResultConnection')
export class QuizResultConnection {
  @Field(() => [QuizResultEdge])
  edges!: QuizResultEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int)
  totalCount!: number;
}

@ObjectType('QuizResultsSummary')
export class QuizResultsSummaryModel {
  @Field(() => Int)
  attempts!: number;

  @Field(() => Int)
  learners!: number;

  @Field(() => Int)
  inProgress!: number;

  @Field(() => Int)
  awaitingGrading!: number;

  @Field(() => Int)
  graded!: number;

  @Field(() => Float, { nullable: true })
  averagePercent!: number | null;

  @Field(() => Float, { nullable: true, description: 'Share of learners (0..1) with a passing counted score' })
  passRate!: number | null;
}

@ObjectType('CriterionScore')
export class CriterionScoreModel {
  @Field(() => ID)
  criterionId!: string;

  @Field(() => Float)
  points!: number;
}

@ObjectType('GradedQuestion')
export class GradedQuestionModel {
  @Field(() => ID)
  questionId!: string;

  @Field(() => Int)
  position!: number;

  @Field(() => QuestionType)
  type!: QuestionType;

  @Field(() => String)
  prompt!: string;

  @Field(() => Float)
  maxPoints!: number;

  @Field(() => AnswerOutcome)
  outcome!: AnswerOutcome;

  @Field(() => Float, { nullable: true })
  points!: number | null;

  @Field(() => SavedAnswerModel, { nullable: true, description: 'The graded answer' })
  answer!: SavedAnswerModel | null;

  @Field(() => SavedAnswerModel, { nullable: true, description: 'An answer that arrived after the deadline (kept, not graded)' })
  lateAnswer!: SavedAnswerModel | null;

  @Field(() => [QuestionOptionModel])
  options!: QuestionOptionModel[];

  @Field(() => [AttemptMatchPromptModel])
  matchPrompts!: AttemptMatchPromptModel[];

  @Field(() => [AttemptOptionModel])
  matchChoices!: AttemptOptionModel[];

  @Field(() => [MatchAnswerModel])
  correctMatches!: MatchAnswerModel[];

  @Field(() => [AttemptOptionModel])
  orderItems!: AttemptOptionModel[];

  @Field(() => [ID])
  correctOrder!: string[];

  @Field(() => Boolean, { nullable: true })
  trueFalseAnswer!: boolean | null;

  @Field(() => [String])
  acceptedAnswers!: string[];

  @Field(() => Float, { nullable: true })
  numericAnswer!: number | null;

  @Field(() => Float, { nullable: true })
  numericTolerance!: number | null;

  @Field(() => [RubricCriterionModel])
  rubric!: RubricCriterionModel[];

  @Field(() => [CriterionScoreModel])
  essayScores!: CriterionScoreModel[];

  @Field(() => String, { nullable: true })
  essayComment!: string | null;
}

@ObjectType('GradedAttempt', { description: 'An attempt as its graders see it: keys, answers, results' })
export class GradedAttemptModel {
  @Field(() => QuizAttemptSummaryModel)
  attempt!: QuizAttemptSummaryModel;

  /** Not a GraphQL field: the `learner` field resolves it. */
  userId!: string;

  @Field(() => String)
  lessonTitle!: string;

  @Field(() => [GradedQuestionModel])
  questions!: GradedQuestionModel[];

  @Field(() => Int, { description: 'Name it in gradeEssay; a grade from an older view is refused (CONFLICT)' })
  gradingRevision!: number;
}

@ObjectType('GradedAttemptEdge')
export class GradedAttemptEdge {
  @Field(() => String)
  cursor!: string;

  @Field(() => GradedAttemptModel)
  node!: GradedAttemptModel;
}

@ObjectType('GradedAttemptConnection')
export class GradedAttemptConnection {
  @Field(() => [GradedAttemptEdge])
  edges!: GradedAttemptEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int)
  totalCount!: number;
}

@InputType()
export class CriterionScoreInput {
  @Field(() => ID)
  criterionId!: string;

  @Field(() => Float)
  points!: number;
}

// The criteria list is not validated nested: GraphQL checked its types, and applyEssayGrade
// (@lentera/quiz) checks every score against the question's rubric.
@InputType()
export class EssayGradeInput {
  @Field(() => [CriterionScoreInput], { nullable: true, description: 'With a rubric: one score per criterion' })
  @IsOptional()
  @IsArray()
  criteria?: CriterionScoreInput[] | null;

  @Field(() => Float, { nullable: true, description: 'Without a rubric: the points, 0..maxPoints' })
  @IsOptional()
  @IsNumber()
  points?: number | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  comment?: string | null;
}
