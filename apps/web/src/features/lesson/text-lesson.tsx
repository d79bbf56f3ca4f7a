import { Text, Typography } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import classes from './lesson-body.module.css';

/**
 * A text lesson. `bodyHtml` was sanitized by the API when the instructor saved
 * it (an allowlist of tags; no scripts, styles or event handlers), so it is
 * rendered as is.
 */
export function TextLesson({ bodyHtml }: { bodyHtml: string | null }) {
  const { t } = useTranslation();
  if (!bodyHtml?.trim()) return <Text c="dimmed">{t('learning.lesson.emptyText')}</Text>;
  return (
    <Typography className={classes.body}>
      <div dangerouslySetInnerHTML={{ __html: bodyHtml }} />
    </Typography>
  );
}
