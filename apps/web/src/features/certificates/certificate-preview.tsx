import { Box, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CertificateLanguage } from '../../gql/generated';
import classes from './certificate-preview.module.css';

export interface PreviewTemplate {
  heading: string;
  language: CertificateLanguage;
  number: string;
  agencyName: string;
  /** Links to the stored images (null: none), drawn where and as the PDF draws them. */
  logoUrl: string | null;
  backgroundUrl: string | null;
  signatories: { name: string; title: string; nip: string; signatureUrl: string | null }[];
}

/**
 * An HTML sketch of the A4 landscape certificate (297 × 210 mm) with sample data, redrawn as
 * the admin types; the real PDF is the worker's (pdfkit). Bilingual shows the English line under
 * the Indonesian one, as the PDF does. Like the PDF, a background image is stretched over the
 * whole page and replaces the frame; the logo and signatures keep their proportions.
 */
export function CertificatePreview({ template }: { template: PreviewTemplate }) {
  const { t } = useTranslation();
  const sample = (key: 'givenTo' | 'forCompleting' | 'number', language: 'id' | 'en') => t(`certificates.template.sample.${key}`, { lng: language });
  const lines = (key: 'givenTo' | 'forCompleting' | 'number') =>
    template.language === 'BILINGUAL' ? `${sample(key, 'id')} / ${sample(key, 'en')}` : sample(key, template.language === 'EN' ? 'en' : 'id');

  return (
    <Box className={classes.sheet} data-testid="certificate-preview" aria-label={t('certificates.template.preview')} role="img">
      {template.backgroundUrl && <img className={classes.background} src={template.backgroundUrl} alt="" data-testid="certificate-preview-background" />}
      <Stack className={template.backgroundUrl ? classes.innerOnBackground : classes.inner} gap={0} align="center" justify="space-between">
        {template.logoUrl && <img className={classes.logo} src={template.logoUrl} alt="" data-testid="certificate-preview-logo" />}
        <Text className={classes.agency}>{template.agencyName}</Text>
        <Text className={classes.heading} data-testid="certificate-preview-heading">
          {template.heading || '—'}
        </Text>
        <Text className={classes.small} data-testid="certificate-preview-number">
          {lines('number')}: {template.number}
        </Text>
        <Text className={classes.small}>{lines('givenTo')}</Text>
        <Text className={classes.name}>{t('certificates.template.sample.participant')}</Text>
        <Text className={classes.small}>
          NIP {t('certificates.template.sample.nip')} · {t('certificates.template.sample.rankGrade')}
        </Text>
        <Text className={classes.small}>
          {t('certificates.template.sample.position')} · {t('certificates.template.sample.workUnit')}
        </Text>
        <Text className={classes.small}>{lines('forCompleting')}</Text>
        <Text className={classes.course}>{t('certificates.template.sample.course')}</Text>
        <Text className={classes.small}>
          {t('certificates.template.sample.period')} · {t('certificates.template.sample.jp', { jp: 20 })}
        </Text>
        <Group className={classes.footer} justify="space-between" align="flex-end" wrap="nowrap">
          <Box className={classes.qr} aria-hidden="true">
            QR
          </Box>
          <Group gap="lg" wrap="nowrap" justify="flex-end" data-testid="certificate-preview-signatories">
            {template.signatories.map((signatory, index) => (
              <Stack key={index} gap={0} align="center" className={classes.signatory}>
                <Box className={classes.signatureLine}>
                  {signatory.signatureUrl && <img className={classes.signature} src={signatory.signatureUrl} alt="" data-testid="certificate-preview-signature" />}
                </Box>
                <Text className={classes.small} fw={700}>
                  {signatory.name || '—'}
                </Text>
                <Text className={classes.tiny}>{signatory.title}</Text>
                {signatory.nip && <Text className={classes.tiny}>NIP {signatory.nip}</Text>}
              </Stack>
            ))}
          </Group>
        </Group>
      </Stack>
    </Box>
  );
}
