import { Card, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CertificateContentFieldsFragment, SigningKeyStatus } from '../../gql/generated';
import { currentLanguage } from '../../i18n/i18n';
import { formatCertificateDate, formatJp, formatPeriod } from './certificate-format';

export interface CertificateContentListProps {
  content: CertificateContentFieldsFragment;
  keyStatus?: SigningKeyStatus | null;
}

/** Every field of a certificate's signed data, label above value (reads well on a 360 px phone). */
export function CertificateContentList({ content, keyStatus }: CertificateContentListProps) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n.resolvedLanguage);
  const { participant } = content;
  const field = (key: string, label: string, value: ReactNode) => ({ key, label, value });
  const fields = [
    field('number', t('certificates.verify.fields.number'), content.number),
    field('issuer', t('certificates.verify.fields.issuer'), `${content.issuer.name} (${content.issuer.code})`),
    field('course', t('certificates.verify.fields.course'), content.courseTitle),
    field('jp', t('certificates.verify.fields.jp'), t('course.jp', { jp: formatJp(content.jp, language) })),
    field('competencyType', t('certificates.verify.fields.competencyType'), content.competencyType ? t(`competencyType.${content.competencyType}`) : null),
    field('participant', t('certificates.verify.fields.participant'), participant.name),
    field('nip', t('certificates.verify.fields.nip'), participant.nip),
    field('rankGrade', t('certificates.verify.fields.rankGrade'), participant.rankGrade),
    field('position', t('certificates.verify.fields.position'), participant.position),
    field('workUnit', t('certificates.verify.fields.workUnit'), participant.workUnit),
    field('agencyOfOrigin', t('certificates.verify.fields.agencyOfOrigin'), participant.agencyOfOrigin),
    field('period', t('certificates.verify.fields.period'), formatPeriod(content.periodStart, content.periodEnd, language)),
    field('issuedAt', t('certificates.verify.fields.issuedAt'), formatCertificateDate(content.issuedAt, language)),
    field('replaces', t('certificates.verify.fields.replaces'), content.replacesNumber),
    field(
      'keyId',
      t('certificates.verify.fields.keyId'),
      content.keyId ? `${content.keyId}${keyStatus === 'RETIRED' ? ` ${t('certificates.verify.fields.keyRetired')}` : ''}` : null,
    ),
  ].filter((entry) => entry.value !== null && entry.value !== undefined && entry.value !== '');

  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="certificate-content-heading">
      <Title order={2} size="h3" id="certificate-content-heading" mb="md">
        {t('certificates.verify.fields.title')}
      </Title>
      <SimpleGrid component="dl" cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="sm" m={0}>
        {fields.map((entry) => (
          <div key={entry.key} data-testid={`certificate-field-${entry.key}`}>
            <Text component="dt" size="sm" c="dimmed">
              {entry.label}
            </Text>
            <Text component="dd" m={0} fw={600} style={{ overflowWrap: 'anywhere' }}>
              {entry.value}
            </Text>
          </div>
        ))}
        {content.signatories.length > 0 && (
          <div data-testid="certificate-field-signatories">
            <Text component="dt" size="sm" c="dimmed">
              {t('certificates.verify.fields.signatories')}
            </Text>
            <Stack component="dd" m={0} gap={4}>
              {content.signatories.map((signatory) => (
                <Text key={`${signatory.name}-${signatory.title}`} fw={600}>
                  {signatory.name}
                  <Text span fw={400} c="dimmed" inherit>
                    {' '}
                    · {signatory.title}
                    {signatory.nip ? ` · NIP ${signatory.nip}` : ''}
                  </Text>
                </Text>
              ))}
            </Stack>
          </div>
        )}
      </SimpleGrid>
    </Card>
  );
}
