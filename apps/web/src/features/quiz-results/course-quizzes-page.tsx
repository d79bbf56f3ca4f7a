import { Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { questionBankPath } from '../quiz-bank/quiz-bank-path';
import { BackLink, CourseFrame, courseEditorLink, quizLessonsOf } from './course-frame';
import { essayGradingPath, learningGainPath, quizResultsPath } from './quiz-results-paths';

/** A course's quizzes (`/mengajar/kursus/:courseId/kuis`): each quiz's results, the essay queue, the learning gain. */
export function CourseQuizzesPage() {
  const { courseId } = useParams();
  const { t } = useTranslation();
  return (
    <CourseFrame
      courseId={courseId}
      documentTitle={(course) => (course ? t('quizAuthoring.quizzes.documentTitle', { title: course.title }) : t('quizAuthoring.quizzes.title'))}
      loadErrorTitle={t('quizAuthoring.results.loadError')}
    >
      {(course) => {
        const quizzes = quizLessonsOf(course);
        return (
          <Stack gap="lg">
            <Stack gap="xs">
              <BackLink to={courseEditorLink(course.id)}>{t('quizAuthoring.links.backToCourse')}</BackLink>
              <Title order={1} lh={1.25}>
                {t('quizAuthoring.quizzes.title')}
              </Title>
              <Text c="dimmed">{course.title}</Text>
            </Stack>
            <CourseQuizLinks courseId={course.id} />
            {quizzes.length === 0 ? (
              <Text c="dimmed">{t('quizAuthoring.quizzes.empty')}</Text>
            ) : (
              <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
                {quizzes.map(({ lesson, moduleTitle }) => (
                  <Paper key={lesson.id} component="li" withBorder radius="md" p="md" data-testid="course-quiz-row">
                    <Group justify="space-between" gap="sm">
                      <Stack gap={4}>
                        <Text fw={600}>{lesson.title}</Text>
                        <Group gap={6}>
                          <Text size="xs" c="dimmed">
                            {t('quizAuthoring.quizzes.module', { title: moduleTitle })}
                          </Text>
                          {lesson.quiz && lesson.quiz.role !== 'NONE' && (
                            <Badge size="sm" variant="light" color="grape">
                              {t(`quizAuthoring.settings.role${lesson.quiz.role}`)}
                            </Badge>
                          )}
                        </Group>
                      </Stack>
                      <Button component={Link} to={quizResultsPath(course.id, lesson.id)} variant="light" size="sm">
                        {t('quizAuthoring.quizzes.results')}
                      </Button>
                    </Group>
                  </Paper>
                ))}
              </Stack>
            )}
          </Stack>
        );
      }}
    </CourseFrame>
  );
}

/** Links to a course's bank, essay queue and learning gain. */
export function CourseQuizLinks({ courseId }: { courseId: string }) {
  const { t } = useTranslation();
  return (
    <Group gap="sm">
      <Button component={Link} to={questionBankPath(courseId)} variant="default" size="sm">
        {t('quizAuthoring.links.bank')}
      </Button>
      <Button component={Link} to={essayGradingPath(courseId)} variant="default" size="sm">
        {t('quizAuthoring.links.essays')}
      </Button>
      <Button component={Link} to={learningGainPath(courseId)} variant="default" size="sm">
        {t('quizAuthoring.links.gain')}
      </Button>
    </Group>
  );
}
