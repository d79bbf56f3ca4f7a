import { Anchor, AspectRatio, Card, Group, Image, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CourseBadges } from '../../components/course-badges';
import { coursePath } from '../course/course-path';
import type { CatalogueCourse } from './use-catalogue-courses';

export interface CourseCardProps {
  course: CatalogueCourse;
}

export function CourseCard({ course }: CourseCardProps) {
  const { t } = useTranslation();
  const { stats } = course;

  return (
    <Card component="article" withBorder radius="md" padding="md" h="100%" data-testid="course-card">
      {course.coverImageUrl && (
        <Card.Section mb="sm">
          <AspectRatio ratio={16 / 9}>
            {/* Decorative: the title says what the course is. */}
            <Image src={course.coverImageUrl} alt="" loading="lazy" decoding="async" />
          </AspectRatio>
        </Card.Section>
      )}
      <Stack gap="xs" h="100%">
        <CourseBadges competencyType={course.competencyType} level={course.level} jp={course.jp} size="sm" />
        <Title order={2} size="h4" lh={1.3}>
          <Anchor component={Link} to={coursePath(course.id)} c="inherit" inherit>
            {course.title}
          </Anchor>
        </Title>
        <Text size="sm" c="dimmed">
          {course.agency.name}
        </Text>
        <Text size="sm" lineClamp={3}>
          {course.summary}
        </Text>
        <Group gap="md" mt="auto" pt="xs">
          {stats && (
            <>
              <Text size="xs" c="dimmed">
                {t('course.lessonCount', { count: stats.lessonCount })}
              </Text>
              <Text size="xs" c="dimmed">
                {t('course.readingMinutes', { count: stats.readingMinutes })}
              </Text>
            </>
          )}
          {course.enrolledCount > 0 && (
            <Text size="xs" c="dimmed">
              {t('learning.catalogue.enrolledCount', { count: course.enrolledCount })}
            </Text>
          )}
        </Group>
      </Stack>
    </Card>
  );
}
