import { Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsArray, IsInt, IsNumber, IsString, ValidateNested } from 'class-validator';
import { MAX_REPORTED_INTERVALS } from '@lentera/learning';
import { LessonModel } from '../catalogue/course.model';
import { EnrolmentModel } from './enrolment.model';

// Ranges (negative, end before start) and the number of intervals are checked by the progress service, which says so in Bahasa Indonesia.
@InputType()
export class WatchedIntervalInput {
  @Field(() => Float)
  @IsNumber()
  start!: number;

  @Field(() => Float)
  @IsNumber()
  end!: number;
}

@InputType()
export class VideoWatchInput {
  @Field(() => ID)
  @IsString()
  courseId!: string;

  @Field(() => ID)
  @IsString()
  lessonId!: string;

  @Field(() => Int, { description: 'Seconds spent since the previous report, 0..600' })
  @IsInt()
  secondsSpent!: number;

  @Field(() => Float, { description: 'Where the playhead is' })
  @IsNumber()
  positionSeconds!: number;

  @Field(() => [WatchedIntervalInput], { description: `Intervals played since the player opened, in seconds (at most ${MAX_REPORTED_INTERVALS})` })
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => WatchedIntervalInput)
  watched!: WatchedIntervalInput[];
}

@ObjectType('VideoWatchResult')
export class VideoWatchResultModel {
  @Field(() => LessonModel)
  lesson!: LessonModel;

  @Field(() => EnrolmentModel)
  enrolment!: EnrolmentModel;

  @Field(() => Boolean)
  courseCompletedNow!: boolean;

  @Field(() => Float)
  watchedShare!: number;

  @Field(() => Float)
  positionSeconds!: number;
}
