import { Button, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { lessonPath } from '../course/course-path';

export interface NavLesson {
  id: string;
  title: string;
  locked: boolean;
}

export interface LessonNavProps {
  courseId: string;
  previous: NavLesson | null;
  next: NavLesson | null;
  /** The current lesson is done: "next" becomes the main action. */
  done: boolean;
}

/** Previous / next lesson, with the titles (a locked next lesson says why it cannot be opened yet). */
export function LessonNav({ courseId, previous, next, done }: LessonNavProps) {
  const { t } = useTranslation();
  if (!previous && !next) return null;

  return (
    <nav aria-label={t('learning.lesson.outline')}>
      <SimpleGrid cols={2} spacing="sm">
        <div>
          {previous && (
            <NavButton
              to={lessonPath(courseId, previous.id)}
              label={t('learning.lesson.previous')}
              title={previous.title}
              ariaLabel={t('learning.lesson.previousLabel', { title: previous.title })}
              variant="default"
              align="left"
            />
          )}
        </div>
        <div>
          {next &&
            (next.locked ? (
              <Text size="xs" c="dimmed" ta="right">
                {t('learning.lesson.nextLocked')}
              </Text>
            ) : (
              <NavButton
                to={lessonPath(courseId, next.id)}
                label={t('learning.lesson.next')}
                title={next.title}
                ariaLabel={t('learning.lesson.nextLabel', { title: next.title })}
                variant={done ? 'filled' : 'default'}
                align="right"
              />
            ))}
        </div>
      </SimpleGrid>
    </nav>
  );
}

interface NavButtonProps {
  to: string;
  label: string;
  title: string;
  ariaLabel: string;
  variant: 'filled' | 'default';
  align: 'left' | 'right';
}

function NavButton({ to, label, title, ariaLabel, variant, align }: NavButtonProps) {
  return (
    <Button
      component={Link}
      to={to}
      variant={variant}
      fullWidth
      h="auto"
      py={8}
      aria-label={ariaLabel}
      styles={{ inner: { justifyContent: align === 'left' ? 'flex-start' : 'flex-end' }, label: { display: 'block', whiteSpace: 'normal', textAlign: align } }}
    >
      <Text span size="sm" fw={700} display="block">
        {align === 'left' ? `← ${label}` : `${label} →`}
      </Text>
      <Text span size="xs" display="block" lineClamp={2} fw={400}>
        {title}
      </Text>
    </Button>
  );
}
