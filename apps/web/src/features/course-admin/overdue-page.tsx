import { Anchor, Button, Group, Paper, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LoadErrorAlert } from '../../components/load-error-alert';
import { OverdueEnrolmentsDocument } from '../../gql/generated';
import { currentLanguage } from '../../i18n/i18n';
import { formatNip } from '../../lib/nip';
import { AgencyPicker } from '../admin/agency-picker';
import { useAdminAgencies } from '../admin/use-admin-agencies';
import { courseEnrolmentsPath } from '../authoring/authoring-paths';
import { EnrolmentProgress } from './enrolments/enrolment-progress';
import { formatDate } from './enrolments/enrolment-format';
import { useCursorPages } from '../../lib/use-cursor-pages';

const PAGE_SIZE = 20;

/** Agency admin: assignments past their due date, across the agency's courses (`/admin/tenggat`). */
export function OverduePage() {
  const { t } = useTranslation();
  const admin = useAdminAgencies();
  useDocumentTitle(`${t('authoring.overdue.title')} · ${t('app.name')}`);

  return (
    <Stack gap="lg">
      <div>
        <Title order={1}>{t('authoring.overdue.title')}</Title>
        <Text c="dimmed" mt={4}>
          {t('authoring.overdue.intro')}
        </Text>
      </div>
      <AgencyPicker admin={admin} />
      {admin.selected && <OverdueList key={admin.selected.id} agencyId={admin.selected.id} />}
    </Stack>
  );
}

function OverdueList({ agencyId }: { agencyId: string }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n.resolvedLanguage);
  const pages = useCursorPages(agencyId);
  const { data, previousData, loading, error, refetch } = useQuery(OverdueEnrolmentsDocument, {
    variables: { agencyId, first: PAGE_SIZE, after: pages.after },
    fetchPolicy: 'cache-and-network',
  });
  const connection = (data ?? (loading ? previousData : undefined))?.overdueEnrolments;

  if (!connection) {
    if (loading) return <Skeleton height={120} radius="md" aria-busy="true" />;
    return <LoadErrorAlert error={error} onRetry={() => void refetch().catch(() => undefined)} title={t('authoring.overdue.loadError')} />;
  }
  if (connection.edges.length === 0) {
    return (
      <Text c="dimmed" py="md">
        {t('authoring.overdue.empty')}
      </Text>
    );
  }
  const endCursor = connection.pageInfo.endCursor ?? null;
  const offset = pages.pageIndex * PAGE_SIZE;

  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed" role="status">
        {t('authoring.overdue.range', { from: offset + 1, to: offset + connection.edges.length, count: connection.totalCount })}
      </Text>
      <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
        {connection.edges.map(({ node }) => (
          <Paper key={node.id} component="li" withBorder radius="md" p="sm" data-testid="overdue-row">
            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
              <div style={{ minWidth: 0 }}>
                <Text fw={600}>{node.learner.fullName}</Text>
                <Text size="sm" c="dimmed">
                  {[node.learner.nip ? formatNip(node.learner.nip) : null, node.learner.workUnit].filter(Boolean).join(' · ')}
                </Text>
              </div>
              <div style={{ minWidth: 0 }}>
                <Anchor component={Link} to={courseEnrolmentsPath(node.course.id)} size="sm" fw={600}>
                  {node.course.title}
                </Anchor>
                {node.dueAt && (
                  <Text size="sm" c="red.8">
                    {t('authoring.enrolments.dueAt', { date: formatDate(node.dueAt, language) })}
                  </Text>
                )}
              </div>
              <EnrolmentProgress
                percent={node.progress.percent}
                doneRequired={node.progress.doneRequired}
                totalRequired={node.progress.totalRequired}
                learnerName={node.learner.fullName}
              />
            </SimpleGrid>
          </Paper>
        ))}
      </Stack>
      {(pages.pageIndex > 0 || connection.pageInfo.hasNextPage) && (
        <Group justify="space-between">
          <Button variant="default" disabled={pages.pageIndex === 0 || loading} onClick={pages.goPrevious}>
            {t('authoring.list.previous')}
          </Button>
          <Button
            variant="default"
            disabled={!data?.overdueEnrolments.pageInfo.hasNextPage || loading}
            onClick={() => {
              pages.goNext(endCursor);
            }}
          >
            {t('authoring.list.next')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
