import { Badge, Group } from '@mantine/core';
import type { MantineSize } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CompetencyType, CourseLevel } from '../gql/generated';

export interface CourseBadgesProps {
  competencyType: CompetencyType;
  level: CourseLevel;
  jp: number;
  size?: MantineSize;
}

const COMPETENCY_COLORS: Record<CompetencyType, string> = {
  TEKNIS: 'indigo',
  MANAJERIAL: 'teal',
  SOSIAL_KULTURAL: 'grape',
};

/** Competency type, level and JP (Jam Pelajaran) of a course. */
export function CourseBadges({ competencyType, level, jp, size = 'md' }: CourseBadgesProps) {
  const { t } = useTranslation();

  return (
    <Group gap={6}>
      <Badge
        size={size}
        tt="none"
        variant="light"
        color={COMPETENCY_COLORS[competencyType]}
        title={t('course.competencyLabel')}
      >
        {t(`competencyType.${competencyType}`)}
      </Badge>
      <Badge size={size} tt="none" variant="outline" color="gray" title={t('course.levelLabel')}>
        {t(`level.${level}`)}
      </Badge>
      <Badge size={size} tt="none" variant="outline" color="gray" title={t('course.jpTitle')}>
        {t('course.jp', { jp })}
      </Badge>
    </Group>
  );
}
