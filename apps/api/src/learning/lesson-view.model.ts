import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsBoolean, IsInt, IsString } from 'class-validator';
import type { QuizSettingsRecord } from '@lentera/db';
import { CourseModel, LessonModel } from '../catalogue/course.model';
import { DocumentPreviewStatus } from '../course-files/document-preview.model';
import { LessonVideoModel } from '../video/video.model';
import { EnrolmentModel } from './enrolment.model';

@ObjectType('LessonDocument')
export class LessonDocumentModel {
  @Field(() => String, { description: 'Signed, expiring URL that shows the file inline' })
  url!: string;

  @Field(() => String, { nullable: true, description: 'Signed URL that downloads the file; null when the lesson does not allow downloads' })
  downloadUrl!: string | null;

  @Field(() => String)
  fileName!: string;

  @Field(() => String)
  mediaType!: string;

  @Field(() => Int)
  sizeBytes!: number;

  @Field(() => Boolean, { description: 'The original is a PDF or an image, which browsers show themselves; office files show through previewUrl' })
  viewableInBrowser!: boolean;

  @Field(() => DocumentPreviewStatus, { description: 'Office files: where their PDF preview stands; NONE for PDFs and images' })
  previewStatus!: DocumentPreviewStatus;

  @Field(() => String, { nullable: true, description: 'Signed, expiring URL of the PDF preview (inline); null until previewStatus is READY' })
  previewUrl!: string | null;
}

@ObjectType('LessonView', { description: 'A lesson of the published version, with what the learner reads or opens' })
export class LessonViewModel {
  @Field(() => CourseModel)
  course!: CourseModel;

  @Field(() => LessonModel)
  lesson!: LessonModel;

  @Field(() => String)
  moduleTitle!: string;

  @Field(() => String, { nullable: true, description: 'TEXT lessons: sanitized HTML' })
  bodyHtml!: string | null;

  @Field(() => LessonDocumentModel, { nullable: true, description: 'DOCUMENT lessons' })
  document!: LessonDocumentModel | null;

  @Field(() => LessonVideoModel, { nullable: true, description: 'VIDEO lessons' })
  video!: LessonVideoModel | null;

  @Field(() => String, { nullable: true, description: 'LINK lessons: the http(s) address to open' })
  externalUrl!: string | null;

  @Field(() => ID, { nullable: true, description: 'The lesson before this one in course order' })
  previousLessonId!: string | null;

  @Field(() => ID, { nullable: true, description: 'The lesson after this one in course order' })
  nextLessonId!: string | null;

  /** Not a GraphQL field: QUIZ lessons' settings in the published version (LessonView.quiz reads them). */
  quizSettings?: QuizSettingsRecord | null;

  /** Not a GraphQL field: the caller is a learner of the course who may open this lesson (not a preview). */
  openedAsLearner?: boolean;
}

/** What every progress report names: the lesson, and the time spent in it since the previous report. */
@InputType({ isAbstract: true })
export abstract class LessonReportInput {
  @Field(() => ID)
  @IsString()
  courseId!: string;

  @Field(() => ID)
  @IsString()
  lessonId!: string;

  // The range (0..600) is checked by the progress service, which says so in Bahasa Indonesia.
  @Field(() => Int, { description: 'Seconds spent in the lesson since the previous report, 0..600' })
  @IsInt()
  secondsSpent!: number;
}

@InputType()
export class LessonProgressInput extends LessonReportInput {
  @Field(() => Boolean, { description: 'The end was reached (text, document) or the link was opened (link). Video and quiz lessons finish in the player or the grader.' })
  @IsBoolean()
  reachedEnd!: boolean;
}

@ObjectType('LessonProgressResult')
export class LessonProgressResultModel {
  @Field(() => LessonModel)
  lesson!: LessonModel;

  @Field(() => EnrolmentModel)
  enrolment!: EnrolmentModel;

  @Field(() => Boolean, { description: 'True for the one report that completed the course' })
  courseCompletedNow!: boolean;
}
