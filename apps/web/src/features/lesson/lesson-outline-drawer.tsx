import { Button, Drawer } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import type { CourseOutlineProgressFragment } from '../../gql/generated';
import { CourseOutlineList } from '../learning/course-outline-list';

export interface LessonOutlineDrawerProps {
  courseId: string;
  modules: CourseOutlineProgressFragment['modules'];
  canOpenLessons: boolean;
  currentLessonId: string;
}

/** On a phone the outline is one tap away, in a drawer that closes when a lesson is chosen. */
export function LessonOutlineDrawer({ courseId, modules, canOpenLessons, currentLessonId }: LessonOutlineDrawerProps) {
  const { t } = useTranslation();
  const [opened, { open, close }] = useDisclosure(false);

  return (
    <>
      <Button variant="default" size="sm" onClick={open} leftSection={<ListIcon />} aria-haspopup="dialog">
        {t('learning.lesson.openOutline')}
      </Button>
      <Drawer opened={opened} onClose={close} title={t('learning.lesson.outline')} size="88%" padding="sm">
        <CourseOutlineList
          courseId={courseId}
          modules={modules}
          canOpenLessons={canOpenLessons}
          currentLessonId={currentLessonId}
          onLessonOpen={close}
        />
      </Drawer>
    </>
  );
}

function ListIcon() {
  return (
    <svg width="16" height="16" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" aria-hidden="true">
      <path d="M8 6h13M8 12h13M8 18h13M3 6h.01M3 12h.01M3 18h.01" strokeLinecap="round" />
    </svg>
  );
}
