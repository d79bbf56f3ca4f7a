import { Card, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CertificateTemplateFieldsFragment } from '../../gql/generated';
import { TemplateImagePicker } from './template-image-picker';
import type { SignatoryDraft } from './use-template-form';

/** A4 landscape, as the background covers the page. */
const PAGE_RATIO = 297 / 210;
/** The boxes the PDF fits a logo (64 × 64 pt) and a signature (100 × 44 pt) into. */
const LOGO_RATIO = 1;
const SIGNATURE_RATIO = 100 / 44;

export interface TemplateImagesFieldsProps {
  agencyId: string;
  template: CertificateTemplateFieldsFragment;
  onChanged: () => Promise<unknown>;
}

/** The logo and the background: stored as soon as they are uploaded, apart from the text's Save. */
export function TemplateImagesFields({ agencyId, template, onChanged }: TemplateImagesFieldsProps) {
  const { t } = useTranslation();
  return (
    <Card withBorder padding="sm" radius="md" component="section" aria-labelledby="template-images-heading" data-testid="template-images">
      <Stack gap="sm">
        <Title order={2} size="h4" id="template-images-heading">
          {t('certificates.template.images.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('certificates.template.images.intro')}
        </Text>
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md">
          <TemplateImagePicker
            agencyId={agencyId}
            slot="logo"
            label={t('certificates.template.images.logo')}
            what={t('certificates.template.images.logoWhat')}
            hint={t('certificates.template.images.logoHint')}
            image={template.logo ?? null}
            ratio={LOGO_RATIO}
            onChanged={onChanged}
          />
          <TemplateImagePicker
            agencyId={agencyId}
            slot="background"
            label={t('certificates.template.images.background')}
            what={t('certificates.template.images.backgroundWhat')}
            hint={t('certificates.template.images.backgroundHint')}
            image={template.background ?? null}
            ratio={PAGE_RATIO}
            onChanged={onChanged}
          />
        </SimpleGrid>
      </Stack>
    </Card>
  );
}

export interface SignatureImageFieldProps {
  agencyId: string;
  template: CertificateTemplateFieldsFragment;
  signatory: SignatoryDraft;
  /** 1-based, for the name of one without a name yet. */
  number: number;
  onChanged: () => Promise<unknown>;
}

/**
 * The signature image of one signatory of the form. The image belongs to the saved signatory
 * (slot `signature-<index in the saved template>`): one added in the form must be saved first.
 */
export function SignatureImageField({ agencyId, template, signatory, number, onChanged }: SignatureImageFieldProps) {
  const { t } = useTranslation();
  const saved = signatory.savedIndex === null ? undefined : template.signatories[signatory.savedIndex];
  if (signatory.savedIndex === null || !saved) {
    return (
      <Stack gap={2} data-testid="template-signature-save-first">
        <Text fw={500} size="sm">
          {t('certificates.template.images.signature')}
        </Text>
        <Text size="xs" c="dimmed">
          {t('certificates.template.images.saveFirst')}
        </Text>
      </Stack>
    );
  }
  const what = saved.name.trim() ? t('certificates.template.images.signatureWhat', { name: saved.name }) : t('certificates.template.images.signatureWhatNumbered', { index: number });
  return (
    <TemplateImagePicker
      agencyId={agencyId}
      slot={`signature-${signatory.savedIndex}`}
      label={t('certificates.template.images.signature')}
      what={what}
      hint={t('certificates.template.images.signatureHint')}
      image={saved.signatureImage ?? null}
      ratio={SIGNATURE_RATIO}
      onChanged={onChanged}
    />
  );
}

/** The stored signature image of a signatory of the form, for the preview. */
export function signatureUrlOf(template: CertificateTemplateFieldsFragment, signatory: SignatoryDraft): string | null {
  return signatory.savedIndex === null ? null : (template.signatories[signatory.savedIndex]?.signatureImage?.url ?? null);
}
