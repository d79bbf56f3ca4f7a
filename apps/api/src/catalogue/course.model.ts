import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { PageInfo } from '../graphql/pagination';

// GraphQL enum names are upper-case; their internal values are what the database stores.
export enum CompetencyType {
  TEKNIS = 'teknis',
  MANAJERIAL = 'manajerial',
  SOSIAL_KULTURAL = 'sosial_kultural',
}
registerEnumType(CompetencyType, { name: 'CompetencyType', description: 'PP 11/2017 competency types' });

export enum CourseLevel {
  DASAR = 'dasar',
  MENENGAH = 'menengah',
  LANJUT = 'lanjut',
}
registerEnumType(CourseLevel, { name: 'CourseLevel' });

export enum AgencyKind {
  CENTRAL = 'central',
  REGIONAL = 'regional',
  TRAINING_PROVIDER = 'training_provider',
}
registerEnumType(AgencyKind, { name: 'AgencyKind' });

export enum LessonKind {
  TEXT = 'text',
  DOCUMENT = 'document',
  VIDEO = 'video',
  QUIZ = 'quiz',
  LINK = 'link',
}
registerEnumType(LessonKind, { name: 'LessonKind' });

export enum CourseStatus {
  DRAFT = 'draft',
  PUBLISHED = 'published',
  ARCHIVED = 'archived',
}
registerEnumType(CourseStatus, { name: 'CourseStatus' });

export enum EnrolmentPolicy {
  OPEN = 'open',
  APPROVAL = 'approval',
  ASSIGNED = 'assigned',
}
registerEnumType(EnrolmentPolicy, { name: 'EnrolmentPolicy', description: 'Who may join: anyone, anyone an admin accepts, or only those assigned' });

export enum CatalogueSort {
  NEWEST = 'newest',
  POPULAR = 'popular',
  TITLE = 'title',
}
registerEnumType(CatalogueSort, { name: 'CatalogueSort' });

@ObjectType('Agency')
export class AgencyModel {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  code!: string;

  @Field(() => String)
  name!: string;

  @Field(() => AgencyKind)
  kind!: AgencyKind;

  @Field(() => String, { nullable: true })
  region!: string | null;
}

@ObjectType('CourseInstructor')
export class CourseInstructorModel {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  fullName!: string;

  @Field(() => String, { nullable: true })
  position!: string | null;
}

/** What every view of a lesson shows about its place and rules (the learner's and the author's). */
@ObjectType({ isAbstract: true })
export abstract class LessonFields {
  /** The stable lesson id (the same in every version of the course). */
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  title!: string;

  @Field(() => LessonKind)
  kind!: LessonKind;

  @Field(() => Int)
  position!: number;

  @Field(() => Boolean, { description: 'Counts toward course completion' })
  required!: boolean;

  @Field(() => Boolean, { description: 'Opens only once the lesson before it (in course order) is done' })
  lockedUntilPreviousDone!: boolean;

  @Field(() => Int, { nullable: true })
  estimatedMinutes!: number | null;
}

@ObjectType('Lesson')
export class LessonModel extends LessonFields {
  /** Not a GraphQL field: with `version`, what a lesson's progress is resolved from. */
  courseId!: string;

  /** Not a GraphQL field: the course version this lesson row belongs to. */
  version!: number;
}

@ObjectType('CourseModule')
export class CourseModuleModel {
  /** The stable module id (the same in every version of the course). */
  @Field(() => ID)
  id!: string;

  /** Not a GraphQL field: the course this module belongs to. */
  courseId!: string;

  /** Not a GraphQL field: the course version this module row belongs to. */
  version!: number;

  @Field(() => String)
  title!: string;

  @Field(() => Int)
  position!: number;

  @Field(() => [LessonModel])
  lessons!: LessonModel[];
}

@ObjectType('CourseStats')
export class CourseStatsModel {
  @Field(() => Int)
  lessonCount!: number;

  @Field(() => Int)
  wordCount!: number;

  @Field(() => Int)
  readingMinutes!: number;

  @Field(() => Date)
  computedAt!: Date;
}

/** What every view of a course shows about it (the learner's and the author's). */
@ObjectType({ isAbstract: true })
export abstract class CourseFields {
  @Field(() => ID)
  id!: string;

  /** Not a GraphQL field: the `agency` field resolves it. */
  agencyId!: string;

  /** Not a GraphQL field: the cover image field signs a URL for it. */
  coverImageId!: string | null;

  /** Not a GraphQL field: `instructors` resolves them. */
  instructorIds!: string[];

  @Field(() => String)
  title!: string;

  @Field(() => String)
  summary!: string;

  @Field(() => String)
  description!: string;

  @Field(() => CompetencyType)
  competencyType!: CompetencyType;

  @Field(() => CourseLevel)
  level!: CourseLevel;

  @Field(() => Int, { description: 'Jam pelajaran credited on completion' })
  jp!: number;

  @Field(() => Int, { nullable: true })
  estimatedMinutes!: number | null;

  @Field(() => [String])
  tags!: string[];

  @Field(() => String)
  language!: string;

  @Field(() => [String], { description: 'What the learner gets from the course' })
  learningOutcomes!: string[];

  @Field(() => EnrolmentPolicy)
  enrolmentPolicy!: EnrolmentPolicy;

  @Field(() => Boolean, { description: 'Video lessons: learners cannot skip ahead of what they watched' })
  preventSkippingAhead!: boolean;

  @Field(() => Date, { nullable: true, description: 'First publication' })
  publishedAt!: Date | null;

  @Field(() => Int, { description: 'Learners who ever enrolled' })
  enrolledCount!: number;
}

@ObjectType('Course', { description: 'A course as learners see it: its last published version' })
export class CourseModel extends CourseFields {
  /** Not a GraphQL field: which version of the outline `modules` shows. */
  publishedVersion!: number;

  @Field(() => CourseStatus, { description: 'PUBLISHED, or ARCHIVED (still readable by id, no longer listed)' })
  status!: CourseStatus;

  @Field(() => CourseStatsModel, { nullable: true, description: 'Filled in by a background job; null until it ran' })
  stats!: CourseStatsModel | null;
}

@ObjectType('CourseEdge')
export class CourseEdge {
  @Field(() => String)
  cursor!: string;

  @Field(() => CourseModel)
  node!: CourseModel;
}

@ObjectType('CourseConnection')
export class CourseConnection {
  @Field(() => [CourseEdge])
  edges!: CourseEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int)
  totalCount!: number;
}
