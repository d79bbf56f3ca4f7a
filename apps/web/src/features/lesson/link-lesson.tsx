import { Button, Paper, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

export interface LinkLessonProps {
  externalUrl: string | null;
  /** The learner opened the link: for a link lesson, that is reaching its end. */
  onOpened: () => void;
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).host;
  } catch {
    return null;
  }
}

/** A lesson on another site: opened in a new tab, without giving that site a handle on this one. */
export function LinkLesson({ externalUrl, onOpened }: LinkLessonProps) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);

  if (!externalUrl) return <Text c="dimmed">{t('learning.lesson.link.missing')}</Text>;
  const host = hostOf(externalUrl);

  const handleOpen = () => {
    setOpened(true);
    onOpened();
  };

  return (
    <Paper withBorder radius="md" p="md">
      <Stack gap="sm" align="flex-start">
        <Text>{t('learning.lesson.link.intro')}</Text>
        {host && (
          <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
            {host}
          </Text>
        )}
        <Button
          component="a"
          href={externalUrl}
          target="_blank"
          rel="noopener noreferrer"
          size="md"
          onClick={handleOpen}
          rightSection={<span aria-hidden="true">↗</span>}
        >
          {t('learning.lesson.link.open')}
        </Button>
        {opened && (
          <Text size="sm" c="dimmed" role="status">
            {t('learning.lesson.link.opened')}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
