import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { QuizAttemptStatus } from '../../gql/generated';

const COLORS: Record<QuizAttemptStatus, string> = {
  IN_PROGRESS: 'blue',
  SUBMITTED: 'gray',
  AWAITING_GRADING: 'yellow',
  GRADED: 'teal',
};

export function QuizStatusBadge({ status }: { status: QuizAttemptStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={COLORS[status]} variant="light" tt="none">
      {t(`quiz.status.${status}`)}
    </Badge>
  );
}
