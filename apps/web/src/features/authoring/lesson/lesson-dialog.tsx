import { Modal } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCourseEditing } from '../course-editing';
import { LessonEditor } from './lesson-editor';

export type LessonDialogTarget = { kind: 'new'; moduleId: string } | { kind: 'edit'; lessonId: string };

export interface LessonDialogProps {
  target: LessonDialogTarget | null;
  fullScreen: boolean;
  onClose: () => void;
}

/**
 * A lesson's form in a dialog. It closes only through the form's own buttons,
 * which ask before dropping unsaved changes: a click beside it loses nothing.
 */
export function LessonDialog({ target, fullScreen, onClose }: LessonDialogProps) {
  const { t } = useTranslation();
  const { course } = useCourseEditing();
  const lesson =
    target?.kind === 'edit'
      ? course.modules.flatMap((module) => module.lessons).find((candidate) => candidate.id === target.lessonId)
      : undefined;

  return (
    <Modal
      opened={target !== null}
      onClose={onClose}
      withCloseButton={false}
      closeOnClickOutside={false}
      closeOnEscape={false}
      fullScreen={fullScreen}
      size="xl"
      title={target?.kind === 'new' ? t('authoring.lesson.newTitle') : t('authoring.lesson.editTitle')}
    >
      {target && (
        <LessonEditor
          key={target.kind === 'new' ? `new:${target.moduleId}` : target.lessonId}
          moduleId={target.kind === 'new' ? target.moduleId : null}
          lesson={lesson ?? null}
          missing={target.kind === 'edit' && !lesson}
          onDone={onClose}
        />
      )}
    </Modal>
  );
}
