import { Button, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Access } from './access';

export interface NoAccessPageProps {
  access: Access;
  homePath: string;
}

/** Shown instead of a page the signed-in user's roles do not open. */
export function NoAccessPage({ access, homePath }: NoAccessPageProps) {
  const { t } = useTranslation();
  useDocumentTitle(`${t('noAccess.title')} · ${t('app.name')}`);

  return (
    <Stack gap="md" align="flex-start" py="xl">
      <Title order={1}>{t('noAccess.title')}</Title>
      <Text>{t(`noAccess.requires.${access}`)}</Text>
      <Text c="dimmed">{t('noAccess.askAdmin')}</Text>
      <Button component={Link} to={homePath}>
        {t('noAccess.goHome')}
      </Button>
    </Stack>
  );
}
