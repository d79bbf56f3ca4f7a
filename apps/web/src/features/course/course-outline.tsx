import { Box, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CourseBadges } from '../../components/course-badges';
import type { CourseOutlineQuery } from '../../gql/generated';
import { BackToCatalogueLink } from './back-to-catalogue-link';

export type OutlineCourse = NonNullable<CourseOutlineQuery['course']>;
type OutlineModule = OutlineCourse['modules'][number];

const byPosition = (a: { position: number }, b: { position: number }) => a.position - b.position;

export interface CourseOutlineProps {
  course: OutlineCourse;
}

/** Title, metadata, description and the ordered modules/lessons of a course. */
export function CourseOutline({ course }: CourseOutlineProps) {
  const { t } = useTranslation();
  const modules = [...course.modules].sort(byPosition);

  return (
    <Stack gap="xl">
      <Stack gap="sm">
        <BackToCatalogueLink />
        <Title order={1}>{course.title}</Title>
        <Text c="dimmed">
          <Text span fw={600} inherit>
            {t('outline.agency')}:
          </Text>{' '}
          {course.agency.name}
        </Text>
        <CourseBadges competencyType={course.competencyType} level={course.level} jp={course.jp} />
        {course.stats && (
          <Group gap="md">
            <Text size="sm" c="dimmed">
              {t('course.lessonCount', { count: course.stats.lessonCount })}
            </Text>
            <Text size="sm" c="dimmed">
              {t('course.readingMinutes', { count: course.stats.readingMinutes })}
            </Text>
          </Group>
        )}
      </Stack>

      <Box component="section" aria-labelledby="course-description-heading">
        <Title order={2} size="h3" id="course-description-heading" mb="xs">
          {t('outline.description')}
        </Title>
        <Text style={{ whiteSpace: 'pre-line' }}>{course.description}</Text>
      </Box>

      <Box component="section" aria-labelledby="course-modules-heading">
        <Title order={2} size="h3" id="course-modules-heading" mb="sm">
          {t('outline.modules')}
        </Title>
        {modules.length === 0 ? (
          <Text c="dimmed">{t('outline.noModules')}</Text>
        ) : (
          <Stack gap="md">
            {modules.map((module, index) => (
              <ModuleSection key={module.id} module={module} number={index + 1} />
            ))}
          </Stack>
        )}
      </Box>
    </Stack>
  );
}

interface ModuleSectionProps {
  module: OutlineModule;
  number: number;
}

function ModuleSection({ module, number }: ModuleSectionProps) {
  const { t } = useTranslation();
  const lessons = [...module.lessons].sort(byPosition);

  return (
    <Paper withBorder radius="md" p={{ base: 'sm', sm: 'md' }}>
      <Title order={3} size="h4" mb="xs">
        <Text component="span" display="block" size="xs" c="dimmed" fw={600} tt="uppercase">
          {t('outline.moduleNumber', { number })}
        </Text>{' '}
        {module.title}
      </Title>
      {lessons.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('outline.noLessons')}
        </Text>
      ) : (
        <List type="ordered" spacing={4} size="sm">
          {lessons.map((lesson) => (
            <List.Item key={lesson.id}>{lesson.title}</List.Item>
          ))}
        </List>
      )}
    </Paper>
  );
}
