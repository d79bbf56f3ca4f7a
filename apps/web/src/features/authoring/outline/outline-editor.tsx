import { Button, Group, Modal, Paper, Stack, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useMutation } from '@apollo/client/react';
import { DndContext, DragOverlay, KeyboardSensor, MeasuringStrategy, PointerSensor, useSensor, useSensors } from '@dnd-kit/core';
import type { Announcements, DragEndEvent, DragOverEvent, DragStartEvent } from '@dnd-kit/core';
import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AddModuleDocument, RemoveModuleDocument, RenameModuleDocument, ReorderCourseDocument } from '../../../gql/generated';
import type { AuthoringLessonFieldsFragment } from '../../../gql/generated';
import { useCourseEditing } from '../course-editing';
import { LessonDialog } from '../lesson/lesson-dialog';
import type { LessonDialogTarget } from '../lesson/lesson-dialog';
import { ModuleTitleForm } from './module-title-form';
import { dragDataOf, moduleDragId, outlineCollisions, outlineKeyboardCoordinates } from './outline-dnd';
import type { OutlineDragData } from './outline-dnd';
import { canStepLesson, dropLesson, moduleOfLesson, moveLesson, moveModule, orderOf, sameOrder, stepLesson } from './outline-order';
import type { OutlineOrder } from './outline-order';
import { SortableLesson } from './sortable-lesson';
import { SortableModule } from './sortable-module';

/**
 * The draft's modules and lessons: add, rename, remove, and reorder by drag and
 * drop (mouse, touch, keyboard) or up/down buttons. A new order shows at once
 * and is sent whole with `reorderCourse`; while a change is on its way the
 * outline does not move, so every order sent names exactly the draft's items.
 */
export function OutlineEditor() {
  const { t } = useTranslation();
  const isPhone = useMediaQuery('(max-width: 36em)');
  const { course, run, readOnly, saving } = useCourseEditing();
  const [reorderCourse] = useMutation(ReorderCourseDocument);
  const [addModule] = useMutation(AddModuleDocument);
  const [renameModule] = useMutation(RenameModuleDocument);
  const [removeModule] = useMutation(RemoveModuleDocument);
  const [draftOrder, setDraftOrder] = useState<OutlineOrder | null>(null);
  const [dragging, setDragging] = useState<OutlineDragData | null>(null);
  const [lessonDialog, setLessonDialog] = useState<LessonDialogTarget | null>(null);
  const [removing, setRemoving] = useState<{ moduleId: string; title: string; lessonCount: number } | null>(null);

  const serverOrder = orderOf(course.modules);
  const order = draftOrder ?? serverOrder;
  const movable = !readOnly && !saving;
  const lessons = new Map<string, AuthoringLessonFieldsFragment>(
    course.modules.flatMap((module) => module.lessons.map((lesson) => [lesson.id, lesson] as const)),
  );
  const moduleTitles = new Map(course.modules.map((module) => [module.id, module.title]));

  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(KeyboardSensor, { coordinateGetter: outlineKeyboardCoordinates }),
  );

  const commit = async (next: OutlineOrder) => {
    if (sameOrder(next, serverOrder)) {
      setDraftOrder(null);
      return;
    }
    setDraftOrder(next);
    await run((revision) =>
      reorderCourse({
        variables: {
          courseId: course.id,
          revision,
          modules: next.map(({ moduleId, lessonIds }) => ({ moduleId, lessonIds })),
        },
      }),
    );
    // Saved: the server's order is this one. Failed: back to the server's.
    setDraftOrder(null);
  };

  const handleDragStart = ({ active }: DragStartEvent) => {
    setDragging(dragDataOf(active));
    setDraftOrder(order);
  };

  // A lesson dragged with the pointer over another module moves into it right away, so the list
  // shows where it will land. Keyboard drags move between modules on drop only: moving the item
  // under the keyboard sensor would shift what it measures (it also scrolls the page).
  const handleDragOver = ({ active, over, activatorEvent }: DragOverEvent) => {
    const dragged = dragDataOf(active);
    const target = dragDataOf(over);
    if (dragged?.type !== 'lesson' || !target || !over || activatorEvent instanceof KeyboardEvent) return;
    setDraftOrder((previous) => {
      const current = previous ?? serverOrder;
      const fromModule = moduleOfLesson(current, dragged.lessonId);
      if (target.type === 'emptyModule') {
        return target.moduleId === fromModule ? current : moveLesson(current, dragged.lessonId, target.moduleId, 0);
      }
      if (target.type !== 'lesson') return current;
      const toModule = moduleOfLesson(current, target.lessonId);
      if (!toModule || toModule === fromModule) return current;
      const overIndex = current.find((module) => module.moduleId === toModule)?.lessonIds.indexOf(target.lessonId) ?? 0;
      const draggedTop = active.rect.current.translated?.top ?? 0;
      const below = draggedTop > over.rect.top + over.rect.height / 2;
      return moveLesson(current, dragged.lessonId, toModule, overIndex + (below ? 1 : 0));
    });
  };

  const handleDragEnd = ({ active, over }: DragEndEvent) => {
    setDragging(null);
    const dragged = dragDataOf(active);
    const target = dragDataOf(over);
    let next = order;
    if (dragged?.type === 'module' && target?.type === 'module') {
      next = moveModule(order, dragged.moduleId, order.findIndex((module) => module.moduleId === target.moduleId));
    } else if (dragged?.type === 'lesson' && target?.type === 'lesson' && target.lessonId !== dragged.lessonId) {
      next = dropLesson(order, dragged.lessonId, target.lessonId);
    } else if (dragged?.type === 'lesson' && target?.type === 'emptyModule') {
      next = moveLesson(order, dragged.lessonId, target.moduleId, 0);
    }
    if (!over) next = serverOrder;
    void commit(next);
  };

  const handleDragCancel = () => {
    setDragging(null);
    setDraftOrder(null);
  };

  const titleOf = (data: OutlineDragData | null) => data?.title ?? '';
  const announcements: Announcements = {
    onDragStart: ({ active }) => t('authoring.outline.announce.picked', { title: titleOf(dragDataOf(active)) }),
    onDragOver: ({ active, over }) => {
      const title = titleOf(dragDataOf(active));
      const target = dragDataOf(over);
      if (!target) return t('authoring.outline.announce.outside', { title });
      // Over itself: where it started (say nothing, "picked up" stays), or just moved into another module.
      if (target.type === 'lesson' && over?.id === active.id) {
        const moduleId = moduleOfLesson(order, target.lessonId);
        if (moduleId === moduleOfLesson(serverOrder, target.lessonId)) return undefined;
        return t('authoring.outline.announce.inModule', { title, module: (moduleId && moduleTitles.get(moduleId)) ?? '' });
      }
      if (over?.id === active.id) return undefined;
      return t('authoring.outline.announce.over', { title, target: target.title });
    },
    onDragEnd: ({ active }) => t('authoring.outline.announce.dropped', { title: titleOf(dragDataOf(active)) }),
    onDragCancel: ({ active }) => t('authoring.outline.announce.cancelled', { title: titleOf(dragDataOf(active)) }),
  };

  const handleAddModule = async (title: string) =>
    (await run((revision) => addModule({ variables: { courseId: course.id, revision, title } }))) !== null;

  const handleRename = async (moduleId: string, title: string) =>
    (await run((revision) => renameModule({ variables: { courseId: course.id, revision, moduleId, title } }))) !== null;

  const handleRemove = async () => {
    if (!removing) return;
    const removed = await run((revision) =>
      removeModule({ variables: { courseId: course.id, revision, moduleId: removing.moduleId } }),
    );
    if (removed) setRemoving(null);
  };

  return (
    <Stack gap="md">
      <Group justify="space-between" gap="xs">
        <Title order={2} size="h3">
          {t('authoring.outline.title')}
        </Title>
        <Text size="sm" c="dimmed" role="status">
          {saving ? t('authoring.outline.saving') : ''}
        </Text>
      </Group>
      {!readOnly && (
        <Text size="sm" c="dimmed">
          {t('authoring.outline.howToMove')}
        </Text>
      )}

      {order.length === 0 ? (
        <Text c="dimmed">{t('authoring.outline.noModules')}</Text>
      ) : (
        <DndContext
          sensors={sensors}
          collisionDetection={outlineCollisions}
          measuring={{ droppable: { strategy: MeasuringStrategy.Always } }}
          accessibility={{
            announcements,
            screenReaderInstructions: { draggable: t('authoring.outline.announce.instructions') },
          }}
          onDragStart={handleDragStart}
          onDragOver={handleDragOver}
          onDragEnd={handleDragEnd}
          onDragCancel={handleDragCancel}
        >
          <SortableContext items={order.map((module) => moduleDragId(module.moduleId))} strategy={verticalListSortingStrategy}>
            <Stack component="ol" gap="md" p={0} m={0} style={{ listStyle: 'none' }}>
              {order.map((module, moduleIndex) => {
                const title = moduleTitles.get(module.moduleId) ?? '';
                return (
                  <SortableModule
                    key={module.moduleId}
                    moduleId={module.moduleId}
                    title={title}
                    number={moduleIndex + 1}
                    lessonIds={module.lessonIds}
                    movable={movable}
                    editable={!readOnly}
                    canUp={moduleIndex > 0}
                    canDown={moduleIndex < order.length - 1}
                    onStep={(step) => void commit(moveModule(order, module.moduleId, moduleIndex + step))}
                    onRename={(next) => handleRename(module.moduleId, next)}
                    onRemove={() => {
                      setRemoving({ moduleId: module.moduleId, title, lessonCount: module.lessonIds.length });
                    }}
                    onAddLesson={() => {
                      setLessonDialog({ kind: 'new', moduleId: module.moduleId });
                    }}
                  >
                    {module.lessonIds.map((lessonId, lessonIndex) => {
                      const lesson = lessons.get(lessonId);
                      if (!lesson) return null;
                      return (
                        <SortableLesson
                          key={lessonId}
                          lesson={lesson}
                          number={`${moduleIndex + 1}.${lessonIndex + 1}`}
                          movable={movable}
                          editable={!readOnly}
                          canUp={canStepLesson(order, lessonId, -1)}
                          canDown={canStepLesson(order, lessonId, 1)}
                          onStep={(step) => void commit(stepLesson(order, lessonId, step))}
                          onEdit={() => {
                            setLessonDialog({ kind: 'edit', lessonId });
                          }}
                        />
                      );
                    })}
                  </SortableModule>
                );
              })}
            </Stack>
          </SortableContext>
          <DragOverlay>{dragging ? <DragPreview data={dragging} /> : null}</DragOverlay>
        </DndContext>
      )}

      {!readOnly && (
        <Paper withBorder radius="md" p="sm" bg="gray.0">
          <ModuleTitleForm
            label={t('authoring.outline.newModule')}
            placeholder={t('authoring.outline.newModulePlaceholder')}
            submitLabel={t('authoring.outline.addModule')}
            disabled={saving}
            onSubmit={handleAddModule}
          />
        </Paper>
      )}

      <LessonDialog
        target={lessonDialog}
        fullScreen={Boolean(isPhone)}
        onClose={() => {
          setLessonDialog(null);
        }}
      />
      <Modal
        opened={removing !== null}
        onClose={() => {
          setRemoving(null);
        }}
        title={t('authoring.outline.removeModuleTitle')}
      >
        <Stack gap="md">
          <Text size="sm">
            {t('authoring.outline.removeModuleConfirm', { title: removing?.title ?? '', count: removing?.lessonCount ?? 0 })}
          </Text>
          <Group justify="flex-end" gap="sm">
            <Button
              variant="default"
              onClick={() => {
                setRemoving(null);
              }}
            >
              {t('form.cancel')}
            </Button>
            <Button color="red.8" loading={saving} onClick={() => void handleRemove()}>
              {t('authoring.outline.removeModule')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}

/** What follows the pointer while dragging. */
function DragPreview({ data }: { data: OutlineDragData }) {
  return (
    <Paper withBorder shadow="md" radius="sm" px="sm" py={8} style={{ cursor: 'grabbing' }}>
      <Text size="sm" fw={data.type === 'module' ? 700 : 500}>
        {data.title}
      </Text>
    </Paper>
  );
}
