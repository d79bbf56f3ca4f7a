import { Anchor, AspectRatio, Box, Grid, Image, List, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CourseBadges } from '../../components/course-badges';
import type { CourseOutlineQuery } from '../../gql/generated';
import { cataloguePath } from '../catalogue/catalogue-search-params';
import { CourseOutlineList } from '../learning/course-outline-list';
import { canOpenLessons } from '../learning/enrolment-state';
import { BackToCatalogueLink } from './back-to-catalogue-link';
import { CourseFacts } from './course-facts';
import { EnrolmentPanel } from './enrolment-panel';

export type DetailsCourse = NonNullable<CourseOutlineQuery['course']>;

/**
 * The course page: what the course is and gives, who teaches it, its outline
 * (with the learner's state of each lesson) and the enrolment panel. On a phone
 * the panel comes right after the title; on wider screens it sits on the side.
 */
export function CourseDetails({ course }: { course: DetailsCourse }) {
  const { t } = useTranslation();

  return (
    <Stack gap="lg">
      <Stack gap="sm">
        <BackToCatalogueLink />
        {course.coverImageUrl && (
          <AspectRatio ratio={16 / 9} maw={720}>
            <Image src={course.coverImageUrl} alt="" radius="md" />
          </AspectRatio>
        )}
        <CourseBadges competencyType={course.competencyType} level={course.level} jp={course.jp} />
        <Title order={1} fz={{ base: 28, sm: 34 }} style={{ overflowWrap: 'anywhere' }}>
          {course.title}
        </Title>
        <Text size="lg">{course.summary}</Text>
        <Text c="dimmed" size="sm">
          <Text span fw={600} inherit>
            {t('outline.agency')}:
          </Text>{' '}
          {course.agency.name}
          {' · '}
          <Anchor component={Link} to={cataloguePath({ agencyId: course.agency.id })} inherit>
            {t('learning.catalogue.moreFromAgency', { agency: course.agency.name })}
          </Anchor>
        </Text>
      </Stack>

      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 4 }} order={{ base: 1, md: 2 }}>
          <Stack gap="md" pos={{ md: 'sticky' }} top={72}>
            <EnrolmentPanel course={course} />
            <CourseFacts course={course} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 8 }} order={{ base: 2, md: 1 }}>
          <Stack gap="xl">
            {course.learningOutcomes.length > 0 && (
              <Section id="course-outcomes-heading" title={t('learning.course.outcomesTitle')}>
                <List spacing="xs" icon={<CheckIcon />} center={false}>
                  {course.learningOutcomes.map((outcome) => (
                    <List.Item key={outcome}>{outcome}</List.Item>
                  ))}
                </List>
              </Section>
            )}
            {course.description && (
              <Section id="course-description-heading" title={t('outline.description')}>
                <Text style={{ whiteSpace: 'pre-line' }}>{course.description}</Text>
              </Section>
            )}
            <Section id="course-modules-heading" title={t('outline.modules')}>
              <CourseOutlineList
                courseId={course.id}
                modules={course.modules}
                canOpenLessons={canOpenLessons(course.myEnrolment)}
              />
            </Section>
            {course.instructors.length > 0 && (
              <Section id="course-instructors-heading" title={t('learning.course.instructorsTitle')}>
                <List spacing="xs" listStyleType="none" withPadding={false}>
                  {course.instructors.map((instructor) => (
                    <List.Item key={instructor.id}>
                      <Text fw={600}>{instructor.fullName}</Text>
                      {instructor.position && (
                        <Text size="sm" c="dimmed">
                          {instructor.position}
                        </Text>
                      )}
                    </List.Item>
                  ))}
                </List>
              </Section>
            )}
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Box component="section" aria-labelledby={id}>
      <Title order={2} size="h3" id={id} mb="sm">
        {title}
      </Title>
      {children}
    </Box>
  );
}

function CheckIcon() {
  return (
    <ThemeIcon size={22} radius="xl" color="teal.8" aria-hidden="true">
      <svg width="13" height="13" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="3" aria-hidden="true">
        <path d="M5 12.5l4.2 4.2L19 7" strokeLinecap="round" strokeLinejoin="round" />
      </svg>
    </ThemeIcon>
  );
}
