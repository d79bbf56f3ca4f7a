import { Field, Float, InputType, ObjectType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsArray, IsNumber, ValidateNested } from 'class-validator';
import { MAX_REPORTED_INTERVALS } from '@lentera/learning';
import { LessonProgressResultModel, LessonReportInput } from './lesson-view.model';

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
export class VideoWatchInput extends LessonReportInput {
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
export class VideoWatchResultModel extends LessonProgressResultModel {
  @Field(() => Float)
  watchedShare!: number;

  @Field(() => Float)
  positionSeconds!: number;
}
