import { Box, Paper, SimpleGrid, Stack, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { AgenciesList } from './agencies-list';
import { CreateAgencyAdminForm } from './create-agency-admin-form';
import { CreateAgencyForm } from './create-agency-form';

/** Super admin: the agencies on the deployment and their admins (`/admin/instansi`). */
export function AgenciesPage() {
  const { t } = useTranslation();
  useDocumentTitle(`${t('agencies.title')} · ${t('app.name')}`);

  return (
    <Stack gap="lg">
      <Title order={1}>{t('agencies.title')}</Title>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xl" verticalSpacing="xl">
        <Box component="section" aria-labelledby="agencies-list-heading">
          <Title order={2} size="h3" id="agencies-list-heading" mb="sm">
            {t('agencies.listTitle')}
          </Title>
          <AgenciesList />
        </Box>
        <Stack gap="xl">
          <Paper component="section" withBorder radius="md" p={{ base: 'sm', sm: 'md' }} aria-labelledby="agency-create-heading">
            <Title order={2} size="h3" id="agency-create-heading" mb="sm">
              {t('agencies.createTitle')}
            </Title>
            <CreateAgencyForm />
          </Paper>
          <Paper component="section" withBorder radius="md" p={{ base: 'sm', sm: 'md' }} aria-labelledby="agency-admin-heading">
            <Title order={2} size="h3" id="agency-admin-heading" mb="sm">
              {t('agencies.adminTitle')}
            </Title>
            <CreateAgencyAdminForm />
          </Paper>
        </Stack>
      </SimpleGrid>
    </Stack>
  );
}
