import { Alert, Button, Group, NumberInput, Radio, SimpleGrid, Stack, Switch, Text, TextInput } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useCallback, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { AddLessonDocument, RemoveLessonDocument, UpdateLessonDocument } from '../../../gql/generated';
import type { AuthoringLessonFieldsFragment, LessonKind } from '../../../gql/generated';
import { useCourseEditing } from '../course-editing';
import { EditingProblemAlert } from '../editing-problem-alert';
import { LessonContentFields } from './lesson-content-fields';
import { AVAILABLE_KINDS, NEW_LESSON, lessonChanges, lessonFieldsOf, newLessonInput, validateLesson } from './lesson-fields';
import type { LessonFields } from './lesson-fields';

export interface LessonEditorProps {
  /** Set for a new lesson: the module it goes into. */
  moduleId: string | null;
  lesson: AuthoringLessonFieldsFragment | null;
  /** The lesson was removed (elsewhere) while its form was open. */
  missing: boolean;
  onDone: () => void;
}

type Confirming = 'discard' | 'remove' | null;

/** A lesson's title, rules and content; new or existing. */
export function LessonEditor({ moduleId, lesson, missing, onDone }: LessonEditorProps) {
  const { t } = useTranslation();
  const { course, run, readOnly, saving } = useCourseEditing();
  // Only what the user changed; the rest follows the server (e.g. after a reload on CONFLICT).
  const [edits, setEdits] = useState<Partial<LessonFields>>({});
  const fields: LessonFields = { ...(lesson ? lessonFieldsOf(lesson) : NEW_LESSON), ...edits };
  const [submitted, setSubmitted] = useState(false);
  const [confirming, setConfirming] = useState<Confirming>(null);
  // A video upload lives in this form: closing it stops the upload (resumable later).
  const [uploadingVideo, setUploadingVideo] = useState(false);
  const handleUploadingChange = useCallback((uploading: boolean) => {
    setUploadingVideo(uploading);
  }, []);
  // Quiz settings are saved on their own; unsaved ones count as unsaved changes of this form.
  const [quizDirty, setQuizDirty] = useState(false);
  const handleQuizDirtyChange = useCallback((dirty: boolean) => {
    setQuizDirty(dirty);
  }, []);
  const [addLesson] = useMutation(AddLessonDocument);
  const [updateLesson] = useMutation(UpdateLessonDocument);
  const [removeLesson] = useMutation(RemoveLessonDocument);

  const isNew = moduleId !== null;
  const errors = validateLesson(fields, t);
  const changes = lesson ? lessonChanges(fields, lesson) : {};
  const dirty = uploadingVideo || quizDirty || (isNew ? Object.keys(edits).some((key) => key !== 'kind') : Object.keys(changes).length > 0);
  const disabled = readOnly || missing;

  const change = (next: Partial<LessonFields>) => {
    setEdits((previous) => ({ ...previous, ...next }));
    setConfirming(null);
  };

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSubmitted(true);
    if (Object.keys(errors).length > 0 || uploadingVideo) return;
    // Unsaved quiz settings are not part of this Save: ask before closing over them.
    const close = () => {
      if (quizDirty) setConfirming('discard');
      else onDone();
    };
    if (!isNew && Object.keys(changes).length === 0) {
      close();
      return;
    }
    const saved =
      moduleId !== null
        ? await run((revision) => addLesson({ variables: { courseId: course.id, revision, moduleId, input: newLessonInput(fields) } }))
        : await run((revision) => updateLesson({ variables: { courseId: course.id, revision, lessonId: lesson?.id ?? '', input: changes } }));
    if (saved) close();
  };

  /** An existing lesson takes the new video at once (an upload takes long; it should not wait for Save). */
  const handleVideoUploaded = async (videoId: string) => {
    change({ videoId });
    if (!lesson) return;
    await run((revision) => updateLesson({ variables: { courseId: course.id, revision, lessonId: lesson.id, input: { videoId } } }));
  };

  const handleRemove = async () => {
    if (!lesson) return;
    const removed = await run((revision) => removeLesson({ variables: { courseId: course.id, revision, lessonId: lesson.id } }));
    if (removed) onDone();
  };

  const handleCancel = () => {
    if (dirty && !disabled) setConfirming('discard');
    else onDone();
  };

  return (
    <form onSubmit={(event) => void handleSubmit(event)} noValidate>
      <Stack gap="md">
        <EditingProblemAlert />
        {missing && (
          <Alert color="orange" variant="light">
            {t('authoring.lesson.missing')}
          </Alert>
        )}
        {isNew ? (
          <Radio.Group
            label={t('authoring.lesson.kind')}
            value={fields.kind}
            onChange={(value) => {
              change({ kind: value as LessonKind });
            }}
          >
            <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="xs" mt="xs">
              {AVAILABLE_KINDS.map((kind) => (
                <Radio
                  key={kind}
                  value={kind}
                  label={t(`authoring.lessonKind.${kind}`)}
                  description={t(`authoring.lessonKindHint.${kind}`)}
                />
              ))}
            </SimpleGrid>
          </Radio.Group>
        ) : (
          <Text size="sm" c="dimmed">
            {t('authoring.lesson.kindIs', { kind: t(`authoring.lessonKind.${fields.kind}`) })}
          </Text>
        )}

        <TextInput
          label={t('authoring.lesson.title')}
          required
          maxLength={200}
          value={fields.title}
          error={submitted ? errors.title : undefined}
          disabled={disabled}
          data-autofocus
          onChange={(event) => {
            change({ title: event.currentTarget.value });
          }}
        />
        <LessonContentFields
          courseId={course.id}
          fields={fields}
          errors={submitted ? errors : {}}
          disabled={disabled}
          savedVideo={lesson?.video ?? null}
          onChange={change}
          onVideoUploaded={(videoId) => void handleVideoUploaded(videoId)}
          onUploadingChange={handleUploadingChange}
          savedLesson={lesson}
          onQuizDirtyChange={handleQuizDirtyChange}
        />
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
          <Switch
            label={t('authoring.lesson.required')}
            description={t('authoring.lesson.requiredHint')}
            checked={fields.required}
            disabled={disabled}
            onChange={(event) => {
              change({ required: event.currentTarget.checked });
            }}
          />
          <Switch
            label={t('authoring.lesson.locked')}
            description={t('authoring.lesson.lockedHint')}
            checked={fields.lockedUntilPreviousDone}
            disabled={disabled}
            onChange={(event) => {
              change({ lockedUntilPreviousDone: event.currentTarget.checked });
            }}
          />
          <NumberInput
            label={t('authoring.lesson.minutes')}
            min={1}
            allowDecimal={false}
            allowNegative={false}
            value={fields.estimatedMinutes}
            error={submitted ? errors.estimatedMinutes : undefined}
            disabled={disabled}
            onChange={(estimatedMinutes) => {
              change({ estimatedMinutes });
            }}
          />
        </SimpleGrid>

        {confirming === 'discard' && (
          <Alert color="orange" variant="light" title={t('authoring.lesson.discardTitle')}>
            {uploadingVideo && <Text size="sm">{t('authoring.video.stopOnClose')}</Text>}
            {quizDirty && <Text size="sm">{t('quizAuthoring.settings.unsaved')}</Text>}
            <Group gap="sm" mt="xs">
              <Button size="xs" color="orange.9" onClick={onDone}>
                {t('authoring.lesson.discard')}
              </Button>
              <Button
                size="xs"
                variant="default"
                onClick={() => {
                  setConfirming(null);
                }}
              >
                {t('authoring.lesson.keepEditing')}
              </Button>
            </Group>
          </Alert>
        )}
        {confirming === 'remove' && lesson && (
          <Alert color="red" variant="light" title={t('authoring.lesson.removeTitle', { title: lesson.title })}>
            <Text size="sm">{t('authoring.lesson.removeConfirm')}</Text>
            <Group gap="sm" mt="xs">
              <Button size="xs" color="red.8" loading={saving} onClick={() => void handleRemove()}>
                {t('authoring.lesson.remove')}
              </Button>
              <Button
                size="xs"
                variant="default"
                onClick={() => {
                  setConfirming(null);
                }}
              >
                {t('form.cancel')}
              </Button>
            </Group>
          </Alert>
        )}

        {uploadingVideo && !disabled && (
          <Text size="sm" c="dimmed">
            {t('authoring.video.waitForUpload')}
          </Text>
        )}
        <Group justify="space-between" gap="sm">
          <Group gap="sm">
            {!disabled && (
              <Button type="submit" loading={saving} disabled={uploadingVideo}>
                {isNew ? t('authoring.lesson.add') : t('authoring.lesson.save')}
              </Button>
            )}
            <Button variant="default" onClick={handleCancel}>
              {disabled ? t('form.close') : t('form.cancel')}
            </Button>
          </Group>
          {!isNew && !disabled && (
            <Button
              variant="subtle"
              color="red.8"
              onClick={() => {
                setConfirming('remove');
              }}
            >
              {t('authoring.lesson.remove')}
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}
