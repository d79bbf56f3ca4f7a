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

@ObjectType('Lesson')
export class LessonModel {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  title!: string;

  @Field(() => LessonKind)
  kind!: LessonKind;

  @Field(() => Int)
  position!: number;
}

@ObjectType('CourseModule')
export class CourseModuleModel {
  @Field(() => ID)
  id!: string;

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

@ObjectType('Course')
export class CourseModel {
  @Field(() => ID)
  id!: string;

  /** Not a GraphQL field: the `agency` field resolves it. */
  agencyId!: string;

  /** Not a GraphQL field: which version of the outline `modules` shows. */
  publishedVersion!: number;

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

  @Field(() => String)
  language!: string;

  @Field(() => Date, { nullable: true })
  publishedAt!: Date | null;

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
