import { Card, SimpleGrid, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PATHS } from '../../lib/paths';
import { agenciesWithRole } from '../auth/access';
import { useSignedInUser } from '../auth/auth-context';
import { JpPendingSummary } from '../jp-admin/jp-pending-summary';

interface DashboardLink {
  path: string;
  title: string;
  description: string;
  /** A line under the description, e.g. how much waits there. */
  status?: ReactNode;
}

/** Agency admin dashboard (`/admin`). */
export function AdminHomePage() {
  const { t } = useTranslation();
  const user = useSignedInUser();
  useDocumentTitle(`${t('adminHome.title')} · ${t('app.name')}`);
  // The count is one agency's: shown to the admin of exactly one, whom the JP pages open on it.
  const [onlyAgency, ...otherAgencies] = user.isSuperAdmin ? [] : agenciesWithRole(user, 'ADMIN');
  const jpAgency = onlyAgency && otherAgencies.length === 0 ? onlyAgency : null;

  const links: DashboardLink[] = [
    { path: PATHS.adminUsers, title: t('adminHome.users'), description: t('adminHome.usersDescription') },
    { path: PATHS.adminImport, title: t('adminHome.import'), description: t('adminHome.importDescription') },
    { path: PATHS.adminCourses, title: t('authoring.adminHome.courses'), description: t('authoring.adminHome.coursesDescription') },
    { path: PATHS.adminOverdue, title: t('authoring.adminHome.overdue'), description: t('authoring.adminHome.overdueDescription') },
    { path: PATHS.adminCertificates, title: t('certificates.admin.title'), description: t('certificates.admin.cardDescription') },
    { path: PATHS.adminJpReport, title: t('jpAdmin.home.report'), description: t('jpAdmin.home.reportDescription') },
    {
      path: PATHS.adminJpReview,
      title: t('jpAdmin.home.review'),
      description: t('jpAdmin.home.reviewDescription'),
      status: jpAgency && <JpPendingSummary agencyId={jpAgency.id} />,
    },
  ];
  if (user.isSuperAdmin) {
    links.push({ path: PATHS.agencies, title: t('adminHome.agencies'), description: t('adminHome.agenciesDescription') });
  }

  return (
    <Stack gap="lg">
      <div>
        <Title order={1}>{t('adminHome.title')}</Title>
        <Text c="dimmed" mt={4}>
          {t('home.greeting', { name: user.fullName })}
        </Text>
      </div>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
        {links.map((link) => (
          <UnstyledButton key={link.path} component={Link} to={link.path} h="100%">
            <Card withBorder radius="md" padding="lg" h="100%">
              <Title order={2} size="h3" c="indigo.8">
                {link.title}
              </Title>
              <Text size="sm" c="dimmed" mt="xs">
                {link.description}
              </Text>
              {link.status}
            </Card>
          </UnstyledButton>
        ))}
      </SimpleGrid>
    </Stack>
  );
}
