import { Alert, Skeleton, TextInput } from '@mantine/core';
import { Suspense, lazy } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuthoringLessonFieldsFragment, AuthoringVideoFieldsFragment } from '../../../gql/generated';
import { VideoField } from '../video/video-field';
import { DocumentField } from './document-field';
import type { LessonErrors, LessonFields } from './lesson-fields';

// The rich text editor (tiptap, ProseMirror) is the heaviest part of authoring: its own chunk.
const RichTextField = lazy(async () => ({ default: (await import('./rich-text-field')).RichTextField }));
// The quiz settings bring the date-time picker and the bank's question picker.
const QuizSettingsPanel = lazy(async () => ({ default: (await import('../quiz/quiz-settings-panel')).QuizSettingsPanel }));

export interface LessonContentFieldsProps {
  courseId: string;
  fields: LessonFields;
  errors: LessonErrors;
  disabled: boolean;
  /** VIDEO lessons: the video as the draft has it. */
  savedVideo: AuthoringVideoFieldsFragment | null;
  onChange: (changes: Partial<LessonFields>) => void;
  /** VIDEO lessons: an upload finished. */
  onVideoUploaded: (videoId: string) => void;
  /** VIDEO lessons: an upload started or ended. */
  onUploadingChange: (uploading: boolean) => void;
  /** QUIZ lessons: the saved lesson (null while new: its quiz is set up once it exists). */
  savedLesson: AuthoringLessonFieldsFragment | null;
  /** QUIZ lessons: whether the quiz settings have unsaved changes. */
  onQuizDirtyChange: (dirty: boolean) => void;
}

/** What the lesson holds, by kind: a text, a document, a video, or a link. */
export function LessonContentFields({
  courseId,
  fields,
  errors,
  disabled,
  savedVideo,
  onChange,
  onVideoUploaded,
  onUploadingChange,
  savedLesson,
  onQuizDirtyChange,
}: LessonContentFieldsProps) {
  const { t } = useTranslation();
  switch (fields.kind) {
    case 'TEXT':
      return (
        <Suspense fallback={<Skeleton height={300} radius="sm" aria-label={t('authoring.lesson.bodyLoading')} />}>
          <RichTextField
            label={t('authoring.lesson.body')}
            initialHtml={fields.bodyHtml}
            disabled={disabled}
            onChange={(bodyHtml) => {
              onChange({ bodyHtml });
            }}
          />
        </Suspense>
      );
    case 'DOCUMENT':
      return (
        <DocumentField
          courseId={courseId}
          document={fields.document}
          allowDownload={fields.allowDownload}
          error={errors.document}
          disabled={disabled}
          onDocumentChange={(document) => {
            onChange({ document });
          }}
          onAllowDownloadChange={(allowDownload) => {
            onChange({ allowDownload });
          }}
        />
      );
    case 'LINK':
      return (
        <TextInput
          type="url"
          label={t('authoring.lesson.url')}
          description={t('authoring.lesson.urlHint')}
          placeholder="https://"
          required
          value={fields.externalUrl}
          error={errors.externalUrl}
          disabled={disabled}
          onChange={(event) => {
            onChange({ externalUrl: event.currentTarget.value });
          }}
        />
      );
    case 'VIDEO':
      return (
        <VideoField
          courseId={courseId}
          videoId={fields.videoId}
          savedVideo={savedVideo}
          disabled={disabled}
          onVideoUploaded={onVideoUploaded}
          onUploadingChange={onUploadingChange}
        />
      );
    case 'QUIZ':
      if (!savedLesson?.quiz) {
        return (
          <Alert color="blue" variant="light">
            {t('quizAuthoring.settings.saveLessonFirst')}
          </Alert>
        );
      }
      return (
        <Suspense fallback={<Skeleton height={400} radius="sm" />}>
          <QuizSettingsPanel lessonId={savedLesson.id} saved={savedLesson.quiz} disabled={disabled} onDirtyChange={onQuizDirtyChange} />
        </Suspense>
      );
  }
}
