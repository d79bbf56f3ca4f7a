import { DataList } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CourseOutlineQuery } from '../../gql/generated';
import { useLearningFormat } from '../learning/use-learning-format';

type FactsCourse = Pick<NonNullable<CourseOutlineQuery['course']>, 'jp' | 'estimatedMinutes' | 'stats' | 'enrolledCount'>;

/** JP, study time, number of lessons and participants. */
export function CourseFacts({ course }: { course: FactsCourse }) {
  const { t } = useTranslation();
  const format = useLearningFormat();
  // The instructor's estimate; otherwise the reading time the worker measured.
  const minutes = course.estimatedMinutes ?? course.stats?.readingMinutes ?? null;

  return (
    <DataList size="sm" labelWidth="9rem" withDivider aria-label={t('learning.course.detailsTitle')}>
      <DataList.Item>
        <DataList.ItemLabel>{t('learning.course.jp')}</DataList.ItemLabel>
        <DataList.ItemValue>{t('course.jp', { jp: course.jp })}</DataList.ItemValue>
      </DataList.Item>
      {minutes !== null && minutes > 0 && (
        <DataList.Item>
          <DataList.ItemLabel>{t('learning.course.estimatedTime')}</DataList.ItemLabel>
          <DataList.ItemValue>± {format.duration(minutes)}</DataList.ItemValue>
        </DataList.Item>
      )}
      {course.stats && (
        <DataList.Item>
          <DataList.ItemLabel>{t('learning.course.lessons')}</DataList.ItemLabel>
          <DataList.ItemValue>{t('course.lessonCount', { count: course.stats.lessonCount })}</DataList.ItemValue>
        </DataList.Item>
      )}
      <DataList.Item>
        <DataList.ItemLabel>{t('learning.course.participants')}</DataList.ItemLabel>
        <DataList.ItemValue>{t('learning.catalogue.enrolledCount', { count: course.enrolledCount })}</DataList.ItemValue>
      </DataList.Item>
    </DataList>
  );
}
