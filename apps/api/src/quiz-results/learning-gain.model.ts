import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { PageInfo } from '../graphql/pagination';

// The course's learning gain: pre-test against post-test, per learner, per class and per course.

@ObjectType('GainSummary')
export class GainSummaryModel {
  @Field(() => Int, { description: 'Learners with both a pre-test and a post-test score' })
  learners!: number;

  @Field(() => Int)
  preTaken!: number;

  @Field(() => Int)
  postTaken!: number;

  @Field(() => Float, { nullable: true })
  averagePre!: number | null;

  @Field(() => Float, { nullable: true })
  averagePost!: number | null;

  @Field(() => Float, { nullable: true, description: 'averagePost - averagePre over the learners with both, in percentage points' })
  averageGain!: number | null;

  @Field(() => Float, { nullable: true, description: "Hake's normalized gain (post - pre) / (100 - pre), averaged" })
  averageNormalizedGain!: number | null;
}

@ObjectType('ClassGain')
export class ClassGainModel {
  @Field(() => ID, { nullable: true, description: 'Null for learners who enrolled themselves' })
  assignmentId!: string | null;

  @Field(() => String)
  label!: string;

  @Field(() => String)
  labelEn!: string;

  @Field(() => GainSummaryModel)
  summary!: GainSummaryModel;
}

@ObjectType('LearningGainReport')
export class LearningGainReportModel {
  @Field(() => ID)
  courseId!: string;

  @Field(() => ID, { nullable: true })
  preTestLessonId!: string | null;

  @Field(() => ID, { nullable: true })
  postTestLessonId!: string | null;

  @Field(() => String, { nullable: true })
  preTestTitle!: string | null;

  @Field(() => String, { nullable: true })
  postTestTitle!: string | null;

  @Field(() => GainSummaryModel)
  course!: GainSummaryModel;

  @Field(() => [ClassGainModel])
  classes!: ClassGainModel[];
}

@ObjectType('LearnerGain')
export class LearnerGainModel {
  /** Not a GraphQL field: the `learner` field resolves it. */
  userId!: string;

  @Field(() => ID, { nullable: true })
  assignmentId!: string | null;

  @Field(() => Float, { nullable: true })
  pre!: number | null;

  @Field(() => Float, { nullable: true })
  post!: number | null;

  @Field(() => Float, { nullable: true })
  gain!: number | null;
}

@ObjectType('LearnerGainEdge')
export class LearnerGainEdge {
  @Field(() => String)
  cursor!: string;

  @Field(() => LearnerGainModel)
  node!: LearnerGainModel;
}

@ObjectType('LearnerGainConnection')
export class LearnerGainConnection {
  @Field(() => [LearnerGainEdge])
  edges!: LearnerGainEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int)
  totalCount!: number;
}
