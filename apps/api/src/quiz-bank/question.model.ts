import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { PageInfo } from '../graphql/pagination';
import { QuestionType } from './quiz-enums';

@ObjectType('QuestionOption')
export class QuestionOptionModel {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  text!: string;

  @Field(() => Boolean)
  correct!: boolean;

  @Field(() => String, { nullable: true })
  feedback!: string | null;
}

@ObjectType('MatchingPair')
export class MatchingPairModel {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  prompt!: string;

  @Field(() => String)
  answer!: string;
}

@ObjectType('OrderingItem')
export class OrderingItemModel {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  text!: string;
}

@ObjectType('RubricCriterion')
export class RubricCriterionModel {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  title!: string;

  @Field(() => Float)
  points!: number;
}

/** A question of a course's bank as its authors see it: answer keys included (never a learner type). */
@ObjectType('BankQuestion')
export class BankQuestionModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  courseId!: string;

  @Field(() => String, { description: 'Stable key used by import/export; importing the same key again updates the question' })
  key!: string;

  @Field(() => QuestionType)
  type!: QuestionType;

  @Field(() => String)
  prompt!: string;

  @Field(() => [String])
  tags!: string[];

  @Field(() => Float)
  points!: number;

  @Field(() => String, { nullable: true })
  feedback!: string | null;

  @Field(() => [QuestionOptionModel], { description: 'SINGLE_CHOICE, MULTIPLE_CHOICE' })
  options!: QuestionOptionModel[];

  @Field(() => Float, {
    nullable: true,
    description: 'MULTIPLE_CHOICE: share of the points each wrong pick costs (default 1 / number of correct options)',
  })
  wrongPickPenalty!: number | null;

  @Field(() => Boolean, { nullable: true })
  trueFalseAnswer!: boolean | null;

  @Field(() => [String])
  acceptedAnswers!: string[];

  @Field(() => Float, { nullable: true })
  numericAnswer!: number | null;

  @Field(() => Float, { nullable: true })
  numericTolerance!: number | null;

  @Field(() => [MatchingPairModel])
  pairs!: MatchingPairModel[];

  @Field(() => [OrderingItemModel], { description: 'ORDERING: in the correct order' })
  orderItems!: OrderingItemModel[];

  @Field(() => [RubricCriterionModel])
  rubric!: RubricCriterionModel[];

  @Field(() => Int)
  revision!: number;

  @Field(() => Date)
  updatedAt!: Date;
}

@ObjectType('BankQuestionEdge')
export class BankQuestionEdge {
  @Field(() => String)
  cursor!: string;

  @Field(() => BankQuestionModel)
  node!: BankQuestionModel;
}

@ObjectType('BankQuestionConnection')
export class BankQuestionConnection {
  @Field(() => [BankQuestionEdge])
  edges!: BankQuestionEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int)
  totalCount!: number;
}

@ObjectType('QuestionTagCount')
export class QuestionTagCountModel {
  @Field(() => String)
  tag!: string;

  @Field(() => Int)
  count!: number;
}

@ObjectType('QuestionImportProblem')
export class QuestionImportProblemModel {
  @Field(() => Int)
  line!: number;

  @Field(() => String, { nullable: true })
  key!: string | null;

  @Field(() => String)
  message!: string;

  @Field(() => String)
  messageEn!: string;
}

@ObjectType('QuestionBankImportResult', { description: 'All or nothing: with any problem, nothing is imported' })
export class QuestionBankImportResultModel {
  @Field(() => Int)
  created!: number;

  @Field(() => Int)
  updated!: number;

  @Field(() => Int)
  unchanged!: number;

  @Field(() => [QuestionImportProblemModel])
  problems!: QuestionImportProblemModel[];
}
