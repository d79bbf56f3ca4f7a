import { Badge, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CourseEnrolmentRowFragment, LessonState } from '../../../gql/generated';
import { currentLanguage } from '../../../i18n/i18n';
import { formatDate, formatTimeSpent } from './enrolment-format';

const STATE_COLORS: Record<LessonState, string> = {
  NOT_STARTED: 'gray',
  IN_PROGRESS: 'indigo',
  DONE: 'green',
};

/** A learner's state in every lesson of the published outline, module by module. */
export function LessonProgressList({ entries }: { entries: CourseEnrolmentRowFragment['lessonProgress'] }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n.resolvedLanguage);
  if (entries.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('authoring.enrolments.noLessons')}
      </Text>
    );
  }
  return (
    <Table.ScrollContainer minWidth={480}>
      <Table verticalSpacing={6} fz="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('authoring.enrolments.columns.lesson')}</Table.Th>
            <Table.Th>{t('authoring.enrolments.columns.state')}</Table.Th>
            <Table.Th>{t('authoring.enrolments.columns.timeSpent')}</Table.Th>
            <Table.Th>{t('authoring.enrolments.columns.completedAt')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {entries.map((entry) => (
            <Table.Tr key={entry.lessonId}>
              <Table.Td>
                <Text size="sm">{entry.title}</Text>
                <Text size="xs" c="dimmed">
                  {entry.moduleTitle}
                </Text>
              </Table.Td>
              <Table.Td>
                <Badge tt="none" variant="light" color={STATE_COLORS[entry.state]} c={`${STATE_COLORS[entry.state]}.9`}>
                  {t(`authoring.lessonState.${entry.state}`)}
                </Badge>
              </Table.Td>
              <Table.Td>{formatTimeSpent(entry.timeSpentSeconds, t)}</Table.Td>
              <Table.Td>{entry.completedAt ? formatDate(entry.completedAt, language) : '–'}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
