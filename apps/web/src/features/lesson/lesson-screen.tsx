import { Alert, Anchor, Badge, Box, Grid, Group, Paper, ScrollArea, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { LessonViewQuery } from '../../gql/generated';
import type { WatchProgress } from '../player/video-player';
import { coursePath } from '../course/course-path';
import { CourseOutlineList } from '../learning/course-outline-list';
import { EnrolmentProgressBar } from '../learning/enrolment-progress';
import { canOpenLessons } from '../learning/enrolment-state';
import { LessonStateIcon, lessonDisplayState } from '../learning/lesson-state-icon';
import { useLearningFormat } from '../learning/use-learning-format';
import { DocumentLesson } from './document-lesson';
import { EndOfLessonSentinel } from './end-of-lesson-sentinel';
import { LessonEndPanel } from './lesson-end-panel';
import { LessonNav } from './lesson-nav';
import { LessonOutlineDrawer } from './lesson-outline-drawer';
import { navLesson } from './lesson-outline-nav';
import { LinkLesson } from './link-lesson';
import { TextLesson } from './text-lesson';
import { useLessonProgress } from './use-lesson-progress';
import { useVideoWatchReport } from './use-video-watch-report';
import { VideoLesson } from './video-lesson';

export type LessonViewData = LessonViewQuery['lesson'];

// The quiz's overview (and, behind it, the attempt screen) is its own chunk: only quiz lessons download it.
const QuizLesson = lazy(async () => ({ default: (await import('../quiz/quiz-lesson')).QuizLesson }));

/** One lesson on screen; mounted per lesson (keyed by its id), so progress reporting starts afresh. */
export function LessonScreen({ view }: { view: LessonViewData }) {
  const { t } = useTranslation();
  const format = useLearningFormat();
  const { course, lesson } = view;
  const enrolment = course.myEnrolment;
  const learning = canOpenLessons(enrolment);
  // A video lesson records its time with what was watched (recordVideoWatch), not on its own.
  const isVideo = lesson.kind === 'VIDEO';
  const progress = useLessonProgress({ courseId: course.id, lessonId: lesson.id, enabled: learning && !isVideo });
  const videoWatch = useVideoWatchReport({ courseId: course.id, lessonId: lesson.id, enabled: learning && isVideo });
  const done = lesson.myProgress?.state === 'DONE';
  const state = lessonDisplayState(lesson.myProgress);
  useDocumentTitle(`${t('learning.lesson.documentTitle', { lesson: lesson.title, course: course.title })} · ${t('app.name')}`);

  const handleReportEnd = () => {
    // Done stays done: opening a link lesson again need not say so again.
    if (!done) void progress.reportEnd();
  };
  const sentinelActive = learning && !done && progress.endReport === 'idle' && lesson.kind === 'TEXT';

  return (
    <Grid gap="xl">
      <Grid.Col span={{ base: 12, md: 8 }}>
        <Stack gap="md">
          <Stack gap={6}>
            <Anchor component={Link} to={coursePath(course.id)} size="sm">
              <span aria-hidden="true">← </span>
              {course.title}
            </Anchor>
            <Text size="xs" c="dimmed" fw={600} tt="uppercase">
              {view.moduleTitle}
            </Text>
            <Group gap="sm" wrap="nowrap" align="flex-start">
              {state && (
                <Box pt={6}>
                  <LessonStateIcon state={state} />
                </Box>
              )}
              <Title order={1} size="h2" style={{ overflowWrap: 'anywhere' }}>
                {lesson.title}
              </Title>
            </Group>
            <Group gap={6}>
              <Badge variant="light" color="gray" tt="none">
                {t(`learning.lessonKind.${lesson.kind}`)}
              </Badge>
              {lesson.estimatedMinutes ? (
                <Badge variant="outline" color="gray" tt="none">
                  ± {format.duration(lesson.estimatedMinutes)}
                </Badge>
              ) : null}
              {!lesson.required && (
                <Badge variant="outline" color="gray" tt="none">
                  {t('learning.lesson.optional')}
                </Badge>
              )}
            </Group>
          </Stack>

          {enrolment && learning && <EnrolmentProgressBar progress={enrolment.progress} size="sm" />}
          {!learning && (
            <Alert color="yellow" variant="light">
              {t('learning.lesson.preview')}
            </Alert>
          )}
          <Box hiddenFrom="md">
            <LessonOutlineDrawer
              courseId={course.id}
              modules={course.modules}
              canOpenLessons={learning}
              currentLessonId={lesson.id}
            />
          </Box>

          <Box component="article" aria-label={lesson.title}>
            <LessonContent
              view={view}
              learning={learning}
              onLinkOpened={handleReportEnd}
              onWatchProgress={learning ? videoWatch.handleWatchProgress : undefined}
            />
          </Box>
          <EndOfLessonSentinel active={sentinelActive} onReached={handleReportEnd} />

          {learning && (
            <LessonEndPanel
              kind={lesson.kind}
              done={done}
              completedAt={lesson.myProgress?.completedAt ?? null}
              endReport={progress.endReport}
              courseCompletedNow={progress.courseCompletedNow || videoWatch.courseCompletedNow}
              course={course}
              onReportEnd={handleReportEnd}
            />
          )}
          <LessonNav
            courseId={course.id}
            previous={navLesson(course.modules, view.previousLessonId)}
            next={navLesson(course.modules, view.nextLessonId)}
            done={done}
          />
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ md: 4 }} visibleFrom="md">
        <Paper withBorder radius="md" p="sm" pos="sticky" top={72}>
          <Title order={2} size="h4" mb="xs" px="xs">
            {t('learning.lesson.outline')}
          </Title>
          <ScrollArea.Autosize mah="calc(100vh - 160px)" type="auto">
            <CourseOutlineList
              courseId={course.id}
              modules={course.modules}
              canOpenLessons={learning}
              currentLessonId={lesson.id}
            />
          </ScrollArea.Autosize>
        </Paper>
      </Grid.Col>
    </Grid>
  );
}

interface LessonContentProps {
  view: LessonViewData;
  learning: boolean;
  onLinkOpened: () => void;
  onWatchProgress?: (state: WatchProgress) => void;
}

function LessonContent({ view, learning, onLinkOpened, onWatchProgress }: LessonContentProps) {
  switch (view.lesson.kind) {
    case 'TEXT':
      return <TextLesson bodyHtml={view.bodyHtml} />;
    case 'DOCUMENT':
      return <DocumentLesson document={view.document} />;
    case 'LINK':
      return <LinkLesson externalUrl={view.externalUrl} onOpened={onLinkOpened} />;
    case 'VIDEO':
      return (
        <VideoLesson
          video={view.video}
          progress={view.lesson.myProgress}
          done={view.lesson.myProgress?.state === 'DONE'}
          preventSkippingAhead={view.course.preventSkippingAhead}
          onWatchProgress={onWatchProgress}
        />
      );
    case 'QUIZ':
      return (
        <Suspense fallback={<Skeleton height={160} radius="md" />}>
          <QuizLesson courseId={view.course.id} lessonId={view.lesson.id} quiz={view.quiz} learning={learning} />
        </Suspense>
      );
  }
}
