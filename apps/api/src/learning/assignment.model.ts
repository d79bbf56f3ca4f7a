import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
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
