import { Alert, Anchor, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { LoadErrorAlert } from '../../components/load-error-alert';
import { VerifyCertificateDocument } from '../../gql/generated';
import { errorCode, retryAfterSeconds } from '../../lib/api-error';
import { PATHS } from '../../lib/paths';
import { CertificateContentList } from './certificate-content-list';
import { EvidenceDownloads } from './evidence-downloads';
import { VerdictBanner } from './verdict-banner';
import { VerifyCodeForm } from './verify-code-form';

/**
 * The public verification page (`/verifikasi/:code`, no sign-in), opened from a certificate's QR
 * code; `/verifikasi` alone asks for the code.
 */
export function VerifyCertificatePage() {
  const { t } = useTranslation();
  const { code } = useParams();
  useDocumentTitle(`${t('certificates.verify.documentTitle')} · ${t('app.name')}`);

  return (
    <Stack gap="lg" maw={880} mx="auto" w="100%">
      <div>
        <Title order={1}>{t('certificates.verify.title')}</Title>
        <Text c="dimmed" mt={4}>
          {t('certificates.verify.intro')}
        </Text>
      </div>
      {code ? <VerificationResult code={code} /> : <VerifyCodeForm />}
    </Stack>
  );
}

function VerificationResult({ code }: { code: string }) {
  const { t } = useTranslation();
  // Asked again on every visit: a certificate revoked since the last look must not show as valid.
  const { data, loading, error, refetch } = useQuery(VerifyCertificateDocument, { variables: { code }, fetchPolicy: 'cache-and-network' });
  const verification = data?.verifyCertificate;

  if (loading && !verification) {
    return (
      <Stack gap="md" aria-busy="true">
        <Text role="status">{t('certificates.verify.checking')}</Text>
        <Skeleton height={160} radius="md" />
      </Stack>
    );
  }
  if (!verification) {
    if (errorCode(error) === 'TOO_MANY_REQUESTS') return <TooManyChecks seconds={retryAfterSeconds(error)} />;
    return <LoadErrorAlert error={error} onRetry={() => void refetch().catch(() => undefined)} title={t('certificates.verify.loadError')} />;
  }
  return (
    <Stack gap="lg">
      <VerdictBanner verification={verification} />
      {verification.content && <CertificateContentList content={verification.content} keyStatus={verification.keyStatus} />}
      <EvidenceDownloads verification={verification} />
      {verification.verdict === 'UNKNOWN' ? (
        <VerifyCodeForm key={code} initialCode={code} />
      ) : (
        <Anchor component={Link} to={PATHS.verifyCertificateForm}>
          {t('certificates.verify.another')}
        </Anchor>
      )}
    </Stack>
  );
}

function TooManyChecks({ seconds }: { seconds: number | null }) {
  const { t } = useTranslation();
  const minutes = seconds === null ? null : Math.max(1, Math.ceil(seconds / 60));
  return (
    <Alert color="yellow" variant="light" title={t('certificates.verify.tooManyTitle')} data-testid="verification-too-many">
      {minutes === null ? t('certificates.verify.tooManyNoTime') : t('certificates.verify.tooMany', { minutes })}
    </Alert>
  );
}
