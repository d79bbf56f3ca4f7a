import { Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CourseOutlineProgressFragment } from '../../gql/generated';
import { lessonPath } from '../course/course-path';
import classes from './course-outline-list.module.css';
import { LessonStateIcon, lessonDisplayState } from './lesson-state-icon';
import { useLearningFormat } from './use-learning-format';

type OutlineModule = CourseOutlineProgressFragment['modules'][number];
type OutlineLesson = OutlineModule['lessons'][number];

const byPosition = (a: { position: number }, b: { position: number }) => a.position - b.position;

/** Modules and their lessons in course order. */
export function orderedModules(modules: readonly OutlineModule[]): OutlineModule[] {
  return [...modules].sort(byPosition).map((module) => ({ ...module, lessons: [...module.lessons].sort(byPosition) }));
}

export interface CourseOutlineListProps {
  courseId: string;
  modules: readonly OutlineModule[];
  /** Lessons are links (enrolled learner, or an author previewing). */
  canOpenLessons: boolean;
  /** The lesson on screen (lesson page), highlighted. */
  currentLessonId?: string;
  /** Called when a lesson link is followed (e.g. to close the drawer it sits in). */
  onLessonOpen?: () => void;
}

/** The course outline: one card per module, each lesson with its state when the learner is enrolled. */
export function CourseOutlineList({ courseId, modules, canOpenLessons, currentLessonId, onLessonOpen }: CourseOutlineListProps) {
  const { t } = useTranslation();
  const ordered = orderedModules(modules);

  if (ordered.length === 0) return <Text c="dimmed">{t('outline.noModules')}</Text>;

  return (
    <Stack gap="md">
      {ordered.map((module, index) => (
        <ModuleCard
          key={module.id}
          courseId={courseId}
          module={module}
          number={index + 1}
          canOpenLessons={canOpenLessons}
          currentLessonId={currentLessonId}
          onLessonOpen={onLessonOpen}
        />
      ))}
    </Stack>
  );
}

interface ModuleCardProps extends Omit<CourseOutlineListProps, 'modules'> {
  module: OutlineModule;
  number: number;
}

function ModuleCard({ courseId, module, number, canOpenLessons, currentLessonId, onLessonOpen }: ModuleCardProps) {
  const { t } = useTranslation();
  const tracked = module.lessons.filter((lesson) => lesson.myProgress !== null);
  const done = tracked.filter((lesson) => lesson.myProgress?.state === 'DONE').length;

  return (
    <Paper withBorder radius="md" p={{ base: 'xs', sm: 'sm' }}>
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs" px="xs" pt={4} mb={4}>
        <Title order={3} size="h5">
          <Text component="span" display="block" size="xs" c="dimmed" fw={600} tt="uppercase">
            {t('outline.moduleNumber', { number })}
          </Text>{' '}
          {module.title}
        </Title>
        {tracked.length > 0 && (
          <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
            {t('learning.outline.moduleProgress', { done, total: tracked.length })}
          </Text>
        )}
      </Group>
      {module.lessons.length === 0 ? (
        <Text size="sm" c="dimmed" px="xs" pb="xs">
          {t('outline.noLessons')}
        </Text>
      ) : (
        <ol className={classes.lessons}>
          {module.lessons.map((lesson) => (
            <li key={lesson.id}>
              <LessonRow
                courseId={courseId}
                lesson={lesson}
                canOpen={canOpenLessons}
                isCurrent={lesson.id === currentLessonId}
                onOpen={onLessonOpen}
              />
            </li>
          ))}
        </ol>
      )}
    </Paper>
  );
}

interface LessonRowProps {
  courseId: string;
  lesson: OutlineLesson;
  canOpen: boolean;
  isCurrent: boolean;
  onOpen?: () => void;
}

function LessonRow({ courseId, lesson, canOpen, isCurrent, onOpen }: LessonRowProps) {
  const { t } = useTranslation();
  const format = useLearningFormat();
  const state = lessonDisplayState(lesson.myProgress);
  const locked = state === 'LOCKED';
  const className = `${classes.row} ${isCurrent ? classes.current : ''}`;

  const content = (
    <>
      {state && <LessonStateIcon state={state} />}
      <Stack gap={2} miw={0}>
        <Text size="sm" fw={isCurrent ? 600 : 400} className={classes.title}>
          {lesson.title}
        </Text>
        <Group gap={6}>
          <Text size="xs" c="dimmed">
            {t(`learning.lessonKind.${lesson.kind}`)}
            {lesson.estimatedMinutes ? ` · ${format.duration(lesson.estimatedMinutes)}` : ''}
          </Text>
          {!lesson.required && (
            <Badge size="xs" variant="light" color="gray" tt="none">
              {t('learning.outline.optional')}
            </Badge>
          )}
        </Group>
        {locked && (
          <Text size="xs" c="dimmed">
            {t('learning.outline.lockedHint')}
          </Text>
        )}
      </Stack>
    </>
  );

  if (!canOpen || locked) {
    return (
      <div className={className} aria-current={isCurrent ? 'page' : undefined}>
        {content}
      </div>
    );
  }
  return (
    <Link
      to={lessonPath(courseId, lesson.id)}
      className={className}
      aria-current={isCurrent ? 'page' : undefined}
      onClick={onOpen}
      data-testid="outline-lesson"
    >
      {content}
    </Link>
  );
}
