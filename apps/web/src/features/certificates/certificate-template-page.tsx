import { Alert, Anchor, Button, Card, Grid, Group, Select, Skeleton, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LoadErrorAlert } from '../../components/load-error-alert';
import { CertificateTemplateDocument, UpdateCertificateTemplateDocument } from '../../gql/generated';
import type { CertificateLanguage, CertificateTemplateFieldsFragment } from '../../gql/generated';
import { currentLanguage } from '../../i18n/i18n';
import { PATHS } from '../../lib/paths';
import { useErrorMessage } from '../../lib/use-error-message';
import type { AgencyRef } from '../auth/access';
import { AgencyPicker } from '../admin/agency-picker';
import { useAdminAgencies } from '../admin/use-admin-agencies';
import { CertificatePreview } from './certificate-preview';
import { previewNumber } from './sample-number';
import { SignatureImageField, TemplateImagesFields, signatureUrlOf } from './template-images-fields';
import { templateProblems } from './template-problems';
import { MAX_SIGNATORIES, templateInput, useTemplateForm } from './use-template-form';

const LANGUAGES: readonly CertificateLanguage[] = ['ID', 'EN', 'BILINGUAL'];

/** The agency's certificate template with a live preview (`/admin/sertifikat/templat`). */
export function CertificateTemplatePage() {
  const { t } = useTranslation();
  useDocumentTitle(`${t('certificates.template.documentTitle')} · ${t('app.name')}`);
  const admin = useAdminAgencies();

  return (
    <Stack gap="lg">
      <Stack gap="xs">
        <Anchor component={Link} to={PATHS.adminCertificates} size="sm">
          ← {t('certificates.admin.title')}
        </Anchor>
        <Title order={1}>{t('certificates.template.title')}</Title>
        <Text c="dimmed">{t('certificates.template.intro')}</Text>
      </Stack>
      <AgencyPicker admin={admin} emptyMessage={t('certificates.admin.noPermission')} />
      {admin.selected && <TemplateLoader key={admin.selected.id} agency={admin.selected} />}
    </Stack>
  );
}

function TemplateLoader({ agency }: { agency: AgencyRef }) {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(CertificateTemplateDocument, { variables: { agencyId: agency.id } });
  if (data) return <TemplateEditor agency={agency} template={data.certificateTemplate} onImagesChanged={() => refetch()} />;
  if (loading) return <Skeleton height={320} radius="md" aria-busy="true" />;
  return <LoadErrorAlert error={error} onRetry={() => void refetch().catch(() => undefined)} title={t('certificates.template.loadError')} />;
}

interface TemplateEditorProps {
  agency: AgencyRef;
  template: CertificateTemplateFieldsFragment;
  /** Reads the template again after an image changed (a new image has a new link). */
  onImagesChanged: () => Promise<unknown>;
}

function TemplateEditor({ agency, template, onImagesChanged }: TemplateEditorProps) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n.resolvedLanguage);
  const describeError = useErrorMessage();
  const form = useTemplateForm(template);
  const { draft } = form;
  const [save, saving] = useMutation(UpdateCertificateTemplateDocument, {
    // The template has no id to be cached by: the saved one replaces what the page shows.
    update: (cache, { data }) => {
      if (data) cache.writeQuery({ query: CertificateTemplateDocument, variables: { agencyId: agency.id }, data: { certificateTemplate: data.updateCertificateTemplate } });
    },
  });
  const [saved, setSaved] = useState(false);
  const problems = templateProblems(saving.error, language);
  const hasFieldProblems = Object.keys(problems).length > 0;

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    try {
      await save({ variables: { agencyId: agency.id, input: templateInput(draft) } });
      form.markSaved(draft.signatories.length);
      setSaved(true);
    } catch {
      // Shown from the mutation's error.
    }
  };

  const number = previewNumber(draft.numberFormat, { agencyCode: agencyCodeOf(template), date: new Date(), sequence: 1 });

  return (
    <Grid gap="xl">
      <Grid.Col span={{ base: 12, md: 5 }}>
        <form onSubmit={(event) => void handleSubmit(event)} noValidate data-testid="certificate-template-form">
          <Stack gap="md">
            <TextInput
              label={t('certificates.template.heading')}
              value={draft.heading}
              onChange={(event) => form.update({ heading: event.currentTarget.value })}
              error={problems.heading}
              maxLength={80}
              required
              data-testid="template-heading"
            />
            <Select
              label={t('certificates.template.language')}
              data={LANGUAGES.map((value) => ({ value, label: t(`certificates.template.languages.${value}`) }))}
              value={draft.language}
              allowDeselect={false}
              onChange={(value) => {
                if (value) form.update({ language: value as CertificateLanguage });
              }}
              data-testid="template-language"
            />
            <TextInput
              label={t('certificates.template.numberFormat')}
              description={t('certificates.template.numberFormatHint')}
              value={draft.numberFormat}
              onChange={(event) => form.update({ numberFormat: event.currentTarget.value })}
              error={problems.numberFormat}
              styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
              required
              data-testid="template-number-format"
            />
            <Text size="sm" c="dimmed">
              {t('certificates.template.sampleNumber', { number: template.sampleNumber })}
            </Text>
            <TemplateImagesFields agencyId={agency.id} template={template} onChanged={onImagesChanged} />
            <SignatoriesFields form={form} problems={problems} agencyId={agency.id} template={template} onImagesChanged={onImagesChanged} />
            {saving.error && !hasFieldProblems && (
              <Alert color="red" variant="light">
                {describeError(saving.error)}
              </Alert>
            )}
            {saving.error && hasFieldProblems && problems.signatories && (
              <Alert color="red" variant="light">
                {problems.signatories}
              </Alert>
            )}
            {saved && !saving.error && (
              <Alert color="green" variant="light" data-testid="template-saved">
                {t('certificates.template.saved')}
              </Alert>
            )}
            <Button type="submit" loading={saving.loading} disabled={saving.loading} style={{ alignSelf: 'flex-start' }} data-testid="template-save">
              {t('certificates.template.save')}
            </Button>
          </Stack>
        </form>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 7 }}>
        <Stack gap="xs">
          <Title order={2} size="h4">
            {t('certificates.template.preview')}
          </Title>
          <CertificatePreview
            template={{
              heading: draft.heading,
              language: draft.language,
              number,
              agencyName: agency.name,
              logoUrl: template.logo?.url ?? null,
              backgroundUrl: template.background?.url ?? null,
              signatories: draft.signatories.map((signatory) => ({ ...signatory, signatureUrl: signatureUrlOf(template, signatory) })),
            }}
          />
          <Text size="xs" c="dimmed">
            {t('certificates.template.previewNote')}
          </Text>
        </Stack>
      </Grid.Col>
    </Grid>
  );
}

interface SignatoriesFieldsProps {
  form: ReturnType<typeof useTemplateForm>;
  problems: Record<string, string>;
  agencyId: string;
  template: CertificateTemplateFieldsFragment;
  onImagesChanged: () => Promise<unknown>;
}

function SignatoriesFields({ form, problems, agencyId, template, onImagesChanged }: SignatoriesFieldsProps) {
  const { t } = useTranslation();
  const { signatories } = form.draft;
  return (
    <Stack gap="sm">
      <Title order={2} size="h4">
        {t('certificates.template.signatories')}
      </Title>
      {signatories.map((signatory, index) => (
        <Card key={index} withBorder padding="sm" radius="md" data-testid="template-signatory">
          <Stack gap="xs">
            <TextInput
              label={t('certificates.template.signatoryName')}
              value={signatory.name}
              onChange={(event) => form.updateSignatory(index, { name: event.currentTarget.value })}
              error={problems[`signatories.${index}.name`]}
            />
            <TextInput
              label={t('certificates.template.signatoryTitle')}
              value={signatory.title}
              onChange={(event) => form.updateSignatory(index, { title: event.currentTarget.value })}
              error={problems[`signatories.${index}.title`]}
            />
            <TextInput
              label={t('certificates.template.signatoryNip')}
              value={signatory.nip}
              onChange={(event) => form.updateSignatory(index, { nip: event.currentTarget.value })}
              error={problems[`signatories.${index}.nip`]}
              inputMode="numeric"
            />
            <SignatureImageField agencyId={agencyId} template={template} signatory={signatory} number={index + 1} onChanged={onImagesChanged} />
            <Group justify="flex-end">
              <Button variant="subtle" color="red" size="compact-sm" onClick={() => form.removeSignatory(index)}>
                {t('certificates.template.removeSignatory', { index: index + 1 })}
              </Button>
            </Group>
          </Stack>
        </Card>
      ))}
      {signatories.length < MAX_SIGNATORIES ? (
        <Button variant="light" onClick={form.addSignatory} style={{ alignSelf: 'flex-start' }} data-testid="template-add-signatory">
          {t('certificates.template.addSignatory')}
        </Button>
      ) : (
        <Text size="sm" c="dimmed">
          {t('certificates.template.maxSignatories')}
        </Text>
      )}
    </Stack>
  );
}

/**
 * The agency's code as the saved sample number shows it, when the saved format starts with it
 * (the default `{agencyCode}/...`); otherwise a stand-in for the preview.
 */
function agencyCodeOf(template: CertificateTemplateFieldsFragment): string {
  if (template.numberFormat.startsWith('{agencyCode}')) {
    const rest = previewNumber(template.numberFormat.slice('{agencyCode}'.length), { agencyCode: '', date: new Date(), sequence: 1 });
    if (template.sampleNumber.endsWith(rest)) return template.sampleNumber.slice(0, template.sampleNumber.length - rest.length) || 'KODE';
  }
  return 'KODE';
}
