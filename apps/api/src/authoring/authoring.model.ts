import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { CourseFields, CourseStatus, LessonFields } from '../catalogue/course.model';
import { DocumentPreviewStatus } from '../course-files/document-preview.model';
import { PageInfo } from '../graphql/pagination';
import { QuizSettingsModel } from '../quiz-bank/quiz-settings.model';

export enum CourseAssetKind {
  IMAGE = 'image',
  DOCUMENT = 'document',
  VIDEO = 'video',
}
registerEnumType(CourseAssetKind, { name: 'CourseAssetKind' });

@ObjectType('CourseAsset', { description: 'A file uploaded to a course (POST /courses/:courseId/files)' })
export class CourseAssetModel {
  @Field(() => ID)
  id!: string;

  @Field(() => CourseAssetKind)
  kind!: CourseAssetKind;

  @Field(() => String)
  fileName!: string;

  @Field(() => String, { description: 'Detected from the content' })
  mediaType!: string;

  @Field(() => Int)
  sizeBytes!: number;

  @Field(() => String, { description: 'Signed, expiring URL (hours)' })
  url!: string;

  @Field(() => DocumentPreviewStatus, { description: 'Office documents: the PDF learners read in the browser; NONE for PDFs and images' })
  previewStatus!: DocumentPreviewStatus;

  @Field(() => String, { nullable: true, description: 'Signed, expiring URL of the PDF preview; null until previewStatus is READY' })
  previewUrl!: string | null;

  @Field(() => String, { nullable: true, description: 'Why the preview failed, in Bahasa Indonesia' })
  previewError!: string | null;

  @Field(() => String, { nullable: true, description: 'Why the preview failed, in English' })
  previewErrorEn!: string | null;

  @Field(() => Date)
  createdAt!: Date;
}

@ObjectType('AuthoringLesson', { description: 'A lesson of the draft, with its content' })
export class AuthoringLessonModel extends LessonFields {
  /** Not a GraphQL field: `document` resolves it. */
  documentId!: string | null;

  /** Not a GraphQL field: `video` resolves it. */
  videoId!: string | null;

  @Field(() => String, { description: 'Sanitized HTML; course images carry signed URLs' })
  bodyHtml!: string;

  @Field(() => Boolean)
  allowDownload!: boolean;

  @Field(() => String, { nullable: true })
  externalUrl!: string | null;

  @Field(() => QuizSettingsModel, { nullable: true, description: 'QUIZ lessons: the settings; null for other kinds' })
  quiz!: QuizSettingsModel | null;
}

@ObjectType('AuthoringModule')
export class AuthoringModuleModel {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  title!: string;

  @Field(() => Int)
  position!: number;

  @Field(() => [AuthoringLessonModel])
  lessons!: AuthoringLessonModel[];
}

@ObjectType('AuthoringCourse', { description: 'A course as its authors see it: the working draft, and where publication stands' })
export class AuthoringCourseModel extends CourseFields {
  @Field(() => CourseStatus)
  status!: CourseStatus;

  @Field(() => Int, { description: 'Name it in the next edit; an edit from an older revision is refused (CONFLICT)' })
  revision!: number;

  @Field(() => Boolean, { description: 'The draft differs from what learners see (always true before the first publication)' })
  hasUnpublishedChanges!: boolean;

  @Field(() => Date, { nullable: true })
  lastPublishedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  archivedAt!: Date | null;

  @Field(() => Date)
  updatedAt!: Date;
}

@ObjectType('AuthoringCourseEdge')
export class AuthoringCourseEdge {
  @Field(() => String)
  cursor!: string;

  @Field(() => AuthoringCourseModel)
  node!: AuthoringCourseModel;
}

@ObjectType('AuthoringCourseConnection')
export class AuthoringCourseConnection {
  @Field(() => [AuthoringCourseEdge])
  edges!: AuthoringCourseEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int)
  totalCount!: number;
}
