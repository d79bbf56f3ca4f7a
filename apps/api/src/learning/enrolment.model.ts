import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { PageInfo } from '../graphql/pagination';

// GraphQL enum names are upper-case; their internal values are what the database stores.
export enum EnrolmentStatus {
  PENDING = 'pending',
  ACTIVE = 'active',
  COMPLETED = 'completed',
  LEFT = 'left',
  REJECTED = 'rejected',
}
registerEnumType(EnrolmentStatus, {
  name: 'EnrolmentStatus',
  description: 'PENDING: asked to join (approval); ACTIVE: learning; COMPLETED: every required lesson done; LEFT: left by the learner; REJECTED: declined by an admin',
});

export enum EnrolmentSource {
  SELF = 'self',
  ASSIGNMENT = 'assignment',
}
registerEnumType(EnrolmentSource, { name: 'EnrolmentSource' });

export enum MyLearningGroup {
  IN_PROGRESS = 'in_progress',
  ASSIGNED = 'assigned',
  COMPLETED = 'completed',
  PENDING = 'pending',
}
registerEnumType(MyLearningGroup, {
  name: 'MyLearningGroup',
  description:
    'IN_PROGRESS: active, self-enrolled or started, last activity first; ASSIGNED: active and assigned by an admin, nearest due date first (none last); ' +
    'COMPLETED: latest completion first; PENDING: requests awaiting approval, latest first',
});

export enum LessonState {
  NOT_STARTED = 'not_started',
  IN_PROGRESS = 'in_progress',
  DONE = 'done',
}
registerEnumType(LessonState, { name: 'LessonState' });

@ObjectType('LessonProgress')
export class LessonProgressModel {
  @Field(() => LessonState)
  state!: LessonState;

  @Field(() => Int)
  timeSpentSeconds!: number;

  @Field(() => Date, { nullable: true })
  startedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  completedAt!: Date | null;

  @Field(() => Boolean, { description: 'Cannot be opened yet: the lesson before it must be done first' })
  locked!: boolean;

  @Field(() => Float, { nullable: true, description: 'VIDEO lessons: where the learner left off' })
  videoPositionSeconds!: number | null;

  @Field(() => Float, { nullable: true, description: 'VIDEO lessons: share of the video watched, 0..1, by distinct intervals' })
  watchedShare!: number | null;
}

@ObjectType('EnrolmentProgress')
export class EnrolmentProgressModel {
  @Field(() => Int)
  doneRequired!: number;

  @Field(() => Int)
  totalRequired!: number;

  @Field(() => Int, { description: '0..100, rounded down' })
  percent!: number;

  @Field(() => Int)
  timeSpentSeconds!: number;
}

@ObjectType('EnrolledLearner')
export class EnrolledLearnerModel {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  fullName!: string;

  @Field(() => String, { nullable: true })
  nip!: string | null;

  @Field(() => String, { nullable: true, description: 'Unit kerja' })
  workUnit!: string | null;

  @Field(() => String, { nullable: true, description: 'Jabatan' })
  position!: string | null;
}

@ObjectType('LessonProgressEntry')
export class LessonProgressEntryModel {
  @Field(() => ID)
  lessonId!: string;

  @Field(() => String)
  title!: string;

  @Field(() => String)
  moduleTitle!: string;

  @Field(() => LessonState)
  state!: LessonState;

  @Field(() => Int)
  timeSpentSeconds!: number;

  @Field(() => Date, { nullable: true })
  completedAt!: Date | null;
}

@ObjectType('Enrolment', { description: 'One learner in one course' })
export class EnrolmentModel {
  @Field(() => ID)
  id!: string;

  /** Not a GraphQL field: the `learner` field resolves it. */
  userId!: string;

  /** Not a GraphQL field: the `course` field resolves it. */
  courseId!: string;

  /** Not a GraphQL field: where `resumeLesson` starts looking. */
  lastLessonId!: string | null;

  @Field(() => EnrolmentStatus)
  status!: EnrolmentStatus;

  @Field(() => EnrolmentSource)
  source!: EnrolmentSource;

  @Field(() => Date, { nullable: true, description: 'When the learner asked to join a course by approval' })
  requestedAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the learner first became active' })
  enrolledAt!: Date | null;

  @Field(() => Date, { nullable: true })
  dueAt!: Date | null;

  @Field(() => Boolean, { description: 'Active, and the due date has passed' })
  overdue!: boolean;

  @Field(() => Date, { nullable: true })
  completedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  leftAt!: Date | null;

  @Field(() => Date, { nullable: true })
  lastActivityAt!: Date | null;

  /** Not a GraphQL field: part of `progress`, which counts lessons of the current published version. */
  timeSpentSeconds!: number;
}

@ObjectType('EnrolmentEdge')
export class EnrolmentEdge {
  @Field(() => String)
  cursor!: string;

  @Field(() => EnrolmentModel)
  node!: EnrolmentModel;
}

@ObjectType('EnrolmentConnection')
export class EnrolmentConnection {
  @Field(() => [EnrolmentEdge])
  edges!: EnrolmentEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int)
  totalCount!: number;
}
