import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsArray, IsDate, IsOptional, IsString, MaxLength } from 'class-validator';

@InputType({ description: 'Exactly one of userIds, workUnit and nips' })
export class AssignCourseInput {
  @Field(() => ID)
  @IsString()
  courseId!: string;

  @Field(() => [ID], { nullable: true, description: 'People of the course agency' })
  @IsOptional()
  @IsArray()
  @IsString({ each: true })
  userIds?: string[] | null;

  @Field(() => String, { nullable: true, description: "Everyone of the course agency in this work unit (its exact name, any case)" })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  workUnit?: string | null;

  @Field(() => [String], { nullable: true, description: 'NIPs of people of the course agency (e.g. pasted from a spreadsheet column)' })
  @IsOptional()
  @IsArray()
  @IsString({ each: true })
  nips?: string[] | null;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  @IsDate()
  dueAt?: Date | null;
}

@ObjectType('AssignmentProblem')
export class AssignmentProblemModel {
  @Field(() => String, { description: 'The NIP or user id as given' })
  value!: string;

  @Field(() => String)
  message!: string;
}

@ObjectType('AssignmentResult')
export class AssignmentResultModel {
  @Field(() => ID)
  assignmentId!: string;

  @Field(() => Int, { description: 'People enrolled by this assignment' })
  enrolled!: number;

  @Field(() => Int, { description: 'People who were already enrolled (they keep their enrolment)' })
  alreadyEnrolled!: number;

  @Field(() => [AssignmentProblemModel])
  problems!: AssignmentProblemModel[];
}

/** GraphQL names of the stored assignmentTargetKinds. */
export enum AssignmentTargetKind {
  PEOPLE = 'people',
  WORK_UNIT = 'work_unit',
  NIP_LIST = 'nip_list',
}
registerEnumType(AssignmentTargetKind, { name: 'AssignmentTargetKind', description: 'Chosen people, everyone of a work unit, or a pasted NIP list' });

@ObjectType('CourseAssignment', { description: 'An assignment of a course to a group of people: a class' })
export class CourseAssignmentModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  courseId!: string;

  @Field(() => AssignmentTargetKind)
  targetKind!: AssignmentTargetKind;

  @Field(() => String, { nullable: true, description: 'For WORK_UNIT: the work unit' })
  workUnit!: string | null;

  @Field(() => Date, { nullable: true })
  dueAt!: Date | null;

  @Field(() => Int, { description: 'People this assignment enrolled' })
  enrolled!: number;

  @Field(() => Int, { description: 'People who were enrolled already' })
  alreadyEnrolled!: number;

  @Field(() => Date)
  createdAt!: Date;
}
