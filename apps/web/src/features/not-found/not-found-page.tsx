import { Anchor, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** Fallback route (`*`). */
export function NotFoundPage() {
  const { t } = useTranslation();
  useDocumentTitle(`${t('notFound.documentTitle')} · ${t('app.name')}`);

  return (
    <Stack gap="md" align="flex-start" py="xl">
      <Title order={1}>{t('notFound.title')}</Title>
      <Text c="dimmed">{t('notFound.description')}</Text>
      <Anchor component={Link} to="/">
        {t('notFound.backHome')}
      </Anchor>
    </Stack>
  );
}
