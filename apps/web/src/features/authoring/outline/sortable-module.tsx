import { Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useDroppable } from '@dnd-kit/core';
import { SortableContext, useSortable, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { useState } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DragHandle } from './drag-handle';
import { emptyModuleDropId, lessonDragId, moduleDragId } from './outline-dnd';
import type { OutlineDragData } from './outline-dnd';
import { ModuleTitleForm } from './module-title-form';
import { StepButtons } from './step-buttons';

export interface SortableModuleProps {
  moduleId: string;
  title: string;
  number: number;
  lessonIds: string[];
  movable: boolean;
  editable: boolean;
  canUp: boolean;
  canDown: boolean;
  onStep: (step: -1 | 1) => void;
  onRename: (title: string) => Promise<boolean>;
  onRemove: () => void;
  onAddLesson: () => void;
  /** The module's lessons, already rendered (SortableLesson each). */
  children: ReactNode;
}

/** A module of the outline: its title and actions, and its lessons as a sortable list. */
export function SortableModule(props: SortableModuleProps) {
  const { moduleId, title, number, lessonIds, movable, editable, canUp, canDown, onStep, onRename, onRemove, onAddLesson, children } = props;
  const { t } = useTranslation();
  const [renaming, setRenaming] = useState(false);
  const data: OutlineDragData = { type: 'module', moduleId, title };
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({
    id: moduleDragId(moduleId),
    data,
    disabled: !movable,
  });
  const headingId = `module-heading-${moduleId}`;

  return (
    <Paper
      component="li"
      ref={setNodeRef}
      withBorder
      radius="md"
      p="sm"
      style={{ transform: CSS.Translate.toString(transform), transition, opacity: isDragging ? 0.5 : 1 }}
      aria-labelledby={headingId}
      data-testid="outline-module"
      data-module-id={moduleId}
    >
      <Stack gap="sm">
        <Group justify="space-between" gap="xs" wrap="wrap">
          <Group gap="xs" wrap="nowrap" style={{ flex: '1 1 240px', minWidth: 0 }}>
            <DragHandle
              label={t('authoring.outline.dragModule', { title })}
              attributes={attributes}
              listeners={listeners}
              setActivatorNodeRef={setActivatorNodeRef}
              disabled={!movable}
            />
            {renaming ? (
              <ModuleTitleForm
                initialTitle={title}
                label={t('authoring.outline.moduleTitle')}
                submitLabel={t('form.save')}
                onCancel={() => {
                  setRenaming(false);
                }}
                onSubmit={async (next) => {
                  const saved = await onRename(next);
                  if (saved) setRenaming(false);
                  return saved;
                }}
              />
            ) : (
              <Text fw={700} id={headingId} style={{ overflowWrap: 'anywhere' }}>
                <Text span c="dimmed" inherit>
                  {t('authoring.outline.moduleNumber', { number })}
                </Text>{' '}
                {title}
              </Text>
            )}
          </Group>
          <Group gap={4} wrap="nowrap">
            <StepButtons
              upLabel={t('authoring.outline.moduleUp', { title })}
              downLabel={t('authoring.outline.moduleDown', { title })}
              canUp={canUp}
              canDown={canDown}
              disabled={!movable}
              onStep={onStep}
            />
            {editable && !renaming && (
              <>
                <Button
                  size="compact-sm"
                  variant="subtle"
                  aria-label={t('authoring.outline.renameModuleNamed', { title })}
                  onClick={() => {
                    setRenaming(true);
                  }}
                >
                  {t('authoring.outline.renameModule')}
                </Button>
                <Button
                  size="compact-sm"
                  variant="subtle"
                  color="red.8"
                  aria-label={t('authoring.outline.removeModuleNamed', { title })}
                  onClick={onRemove}
                >
                  {t('authoring.outline.removeModule')}
                </Button>
              </>
            )}
          </Group>
        </Group>

        <SortableContext id={moduleId} items={lessonIds.map(lessonDragId)} strategy={verticalListSortingStrategy}>
          <Stack component="ol" gap={6} p={0} m={0} style={{ listStyle: 'none' }} aria-label={title}>
            {children}
          </Stack>
        </SortableContext>
        {lessonIds.length === 0 && <EmptyModuleDropZone moduleId={moduleId} title={title} />}
        {editable && (
          <Button
            variant="subtle"
            size="compact-sm"
            style={{ alignSelf: 'flex-start' }}
            aria-label={t('authoring.outline.addLessonTo', { title })}
            onClick={onAddLesson}
          >
            + {t('authoring.outline.addLesson')}
          </Button>
        )}
      </Stack>
    </Paper>
  );
}

/** Where a lesson can be dropped into a module that has none yet. */
function EmptyModuleDropZone({ moduleId, title }: { moduleId: string; title: string }) {
  const { t } = useTranslation();
  const data: OutlineDragData = { type: 'emptyModule', moduleId, title };
  const { setNodeRef, isOver } = useDroppable({ id: emptyModuleDropId(moduleId), data });
  return (
    <Text
      ref={setNodeRef}
      size="sm"
      c="dimmed"
      p="sm"
      bg={isOver ? 'indigo.0' : undefined}
      style={{ border: '1px dashed var(--mantine-color-gray-4)', borderRadius: 'var(--mantine-radius-sm)' }}
    >
      {t('authoring.outline.emptyModule')}
    </Text>
  );
}
