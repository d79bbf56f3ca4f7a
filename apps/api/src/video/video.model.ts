import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum VideoStatus {
  UPLOADED = 'uploaded',
  PROCESSING = 'processing',
  READY = 'ready',
  FAILED = 'failed',
}
registerEnumType(VideoStatus, { name: 'VideoStatus' });

@ObjectType('VideoRendition')
export class VideoRenditionModel {
  @Field(() => String)
  name!: string;

  @Field(() => Int)
  width!: number;

  @Field(() => Int)
  height!: number;

  @Field(() => Int, { description: 'bits per second, video + audio' })
  bandwidth!: number;
}

@ObjectType('VideoCaption')
export class VideoCaptionModel {
  @Field(() => String)
  language!: string;

  @Field(() => String)
  label!: string;

  @Field(() => String, { description: 'Signed, expiring URL of the WebVTT file' })
  url!: string;
}

/** What authors and learners both see of a video; the URLs only once it is READY. */
@ObjectType({ isAbstract: true })
export abstract class VideoFields {
  @Field(() => VideoStatus)
  status!: VideoStatus;

  @Field(() => Float)
  durationSeconds!: number;

  @Field(() => [VideoRenditionModel])
  renditions!: VideoRenditionModel[];

  @Field(() => String, { nullable: true })
  posterUrl!: string | null;

  @Field(() => String, { nullable: true })
  playlistUrl!: string | null;

  @Field(() => [VideoCaptionModel])
  captions!: VideoCaptionModel[];
}

@ObjectType('Video', { description: 'A video uploaded to a course, as its authors see it' })
export class VideoModel extends VideoFields {
  @Field(() => ID)
  id!: string;

  /** Not a GraphQL field: the course the video belongs to. */
  courseId!: string;

  @Field(() => String)
  fileName!: string;

  // Float: videos are larger than GraphQL's 32-bit Int.
  @Field(() => Float)
  sizeBytes!: number;

  @Field(() => Int)
  progressPercent!: number;

  @Field(() => String, { nullable: true })
  error!: string | null;

  @Field(() => String, { nullable: true })
  errorEn!: string | null;

  @Field(() => Int)
  width!: number;

  @Field(() => Int)
  height!: number;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date)
  updatedAt!: Date;
}

@ObjectType('LessonVideo', { description: "A video lesson's video, as learners see it" })
export class LessonVideoModel extends VideoFields {}
