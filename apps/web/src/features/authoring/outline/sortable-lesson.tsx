import { Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { useTranslation } from 'react-i18next';
import type { AuthoringLessonFieldsFragment } from '../../../gql/generated';
import { DragHandle } from './drag-handle';
import { lessonDragId } from './outline-dnd';
import type { OutlineDragData } from './outline-dnd';
import { StepButtons } from './step-buttons';

export interface SortableLessonProps {
  lesson: AuthoringLessonFieldsFragment;
  /** "2.3": module number and place in the module. */
  number: string;
  movable: boolean;
  editable: boolean;
  canUp: boolean;
  canDown: boolean;
  onStep: (step: -1 | 1) => void;
  onEdit: () => void;
}

/** One lesson in the outline: drag handle, what it is, up/down and edit buttons. */
export function SortableLesson({ lesson, number, movable, editable, canUp, canDown, onStep, onEdit }: SortableLessonProps) {
  const { t } = useTranslation();
  const data: OutlineDragData = { type: 'lesson', lessonId: lesson.id, title: lesson.title };
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({
    id: lessonDragId(lesson.id),
    data,
    disabled: !movable,
  });

  return (
    <Paper
      component="li"
      ref={setNodeRef}
      withBorder
      radius="sm"
      px="xs"
      py={6}
      bg={isDragging ? 'indigo.0' : undefined}
      style={{ transform: CSS.Translate.toString(transform), transition, opacity: isDragging ? 0.5 : 1 }}
      data-testid="outline-lesson"
      data-lesson-id={lesson.id}
    >
      <Group gap="xs" wrap="nowrap" align="center">
        <DragHandle
          label={t('authoring.outline.dragLesson', { title: lesson.title })}
          attributes={attributes}
          listeners={listeners}
          setActivatorNodeRef={setActivatorNodeRef}
          disabled={!movable}
        />
        <Stack gap={0} style={{ flex: 1, minWidth: 0 }}>
          <Text fw={500} size="sm" style={{ overflowWrap: 'anywhere' }}>
            <Text span c="dimmed" inherit>
              {number}
            </Text>{' '}
            {lesson.title}
          </Text>
          <LessonFacts lesson={lesson} />
        </Stack>
        <Group gap={4} wrap="nowrap">
          <StepButtons
            upLabel={t('authoring.outline.lessonUp', { title: lesson.title })}
            downLabel={t('authoring.outline.lessonDown', { title: lesson.title })}
            canUp={canUp}
            canDown={canDown}
            disabled={!movable}
            onStep={onStep}
          />
          <Button size="compact-sm" variant="light" aria-label={t('authoring.outline.editLessonNamed', { title: lesson.title })} onClick={onEdit}>
            {editable ? t('authoring.outline.editLesson') : t('authoring.outline.viewLesson')}
          </Button>
        </Group>
      </Group>
    </Paper>
  );
}

/** Kind, required or optional, minutes, lock: one line under the title. */
export function LessonFacts({ lesson }: { lesson: AuthoringLessonFieldsFragment }) {
  const { t } = useTranslation();
  const facts = [
    t(`authoring.lessonKind.${lesson.kind}`),
    lesson.required ? t('authoring.outline.required') : t('authoring.outline.optional'),
    lesson.estimatedMinutes ? t('authoring.outline.minutes', { count: lesson.estimatedMinutes }) : null,
    lesson.lockedUntilPreviousDone ? t('authoring.outline.locked') : null,
  ];
  return (
    <Text size="xs" c="dimmed">
      {facts.filter(Boolean).join(' · ')}
    </Text>
  );
}
