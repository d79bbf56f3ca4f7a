import { SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { LoadErrorAlert } from '../../components/load-error-alert';
import { HomeEmptyState } from '../home/home-empty-state';
import { MyCertificateCard } from './my-certificate-card';
import { useMyCertificates } from './use-my-certificates';

/** "Sertifikat saya" (`/belajar/sertifikat`): the learner's certificates, to download and share. */
export function MyCertificatesPage() {
  const { t } = useTranslation();
  useDocumentTitle(`${t('certificates.mine.documentTitle')} · ${t('app.name')}`);
  const { certificates, isLoading, error, retry } = useMyCertificates();

  return (
    <Stack gap="lg">
      <div>
        <Title order={1}>{t('certificates.mine.title')}</Title>
        <Text c="dimmed" mt={4}>
          {t('certificates.mine.intro')}
        </Text>
      </div>
      {error ? (
        <LoadErrorAlert error={error} onRetry={() => void retry()} title={t('certificates.mine.loadError')} />
      ) : isLoading ? (
        <Skeleton height={180} radius="md" aria-label={t('certificates.mine.loading')} />
      ) : certificates.length === 0 ? (
        <HomeEmptyState
          title={t('certificates.mine.emptyTitle')}
          description={t('certificates.mine.emptyDescription')}
          catalogueLabel={t('learnerHome.toCatalogue')}
        />
      ) : (
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
          {certificates.map((certificate) => (
            <MyCertificateCard key={certificate.id} certificate={certificate} />
          ))}
        </SimpleGrid>
      )}
    </Stack>
  );
}
