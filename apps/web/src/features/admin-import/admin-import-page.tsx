import { Alert, Box, Button, Code, FileInput, Group, List, Progress, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useApolloClient } from '@apollo/client/react';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { saveBlob } from '../../lib/download-file';
import { useErrorMessage } from '../../lib/use-error-message';
import { AgencyPicker } from '../admin/agency-picker';
import { useAdminAgencies } from '../admin/use-admin-agencies';
import { ImportResult } from './import-result';
import { RecentImports } from './recent-imports';
import { USER_CSV_COLUMNS, USER_CSV_TEMPLATE_NAME, userCsvTemplate } from './user-csv-template';
import { useUserCsvUpload } from './use-user-csv-upload';

/** Agency admin: import ASN from a CSV file (`/admin/impor`). */
export function AdminImportPage() {
  const { t } = useTranslation();
  const admin = useAdminAgencies();
  useDocumentTitle(`${t('import.title')} · ${t('app.name')}`);

  return (
    <Stack gap="lg">
      <div>
        <Title order={1}>{t('import.title')}</Title>
        <Text c="dimmed" mt={4}>
          {t('import.intro')}
        </Text>
      </div>
      <AgencyPicker admin={admin} />
      {admin.selected && <AgencyImports key={admin.selected.id} agencyId={admin.selected.id} />}
    </Stack>
  );
}

function AgencyImports({ agencyId }: { agencyId: string }) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const [watchedImportId, setWatchedImportId] = useState<string | null>(null);

  const handleUploaded = (importId: string) => {
    setWatchedImportId(importId);
    void client.refetchQueries({ include: ['UserImports'] });
  };

  return (
    <Stack gap="xl">
      <TemplateSection />
      <Box component="section" aria-labelledby="import-upload-heading">
        <Title order={2} size="h3" id="import-upload-heading" mb="sm">
          {t('import.uploadTitle')}
        </Title>
        <UploadForm agencyId={agencyId} onUploaded={handleUploaded} />
      </Box>
      {watchedImportId && (
        <Box component="section" aria-labelledby="import-result-heading">
          <Title order={2} size="h3" id="import-result-heading" mb="sm">
            {t('import.resultTitle')}
          </Title>
          <ImportResult key={watchedImportId} importId={watchedImportId} />
        </Box>
      )}
      <Box component="section" aria-labelledby="import-recent-heading">
        <Title order={2} size="h3" id="import-recent-heading" mb="sm">
          {t('import.recentTitle')}
        </Title>
        <RecentImports agencyId={agencyId} watchedImportId={watchedImportId} onWatch={setWatchedImportId} />
      </Box>
    </Stack>
  );
}

function TemplateSection() {
  const { t } = useTranslation();

  const handleDownloadTemplate = () => {
    saveBlob(userCsvTemplate(), USER_CSV_TEMPLATE_NAME);
  };

  return (
    <Box component="section" aria-labelledby="import-template-heading">
      <Title order={2} size="h3" id="import-template-heading" mb="sm">
        {t('import.templateTitle')}
      </Title>
      <Stack gap="sm" align="flex-start">
        <Text size="sm">{t('import.templateColumns')}</Text>
        <Code block style={{ maxWidth: '100%', whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
          {USER_CSV_COLUMNS.join(';')}
        </Code>
        <List size="sm" spacing={4}>
          <List.Item>{t('import.ruleIdentity')}</List.Item>
          <List.Item>{t('import.ruleType')}</List.Item>
          <List.Item>{t('import.ruleExcel')}</List.Item>
        </List>
        <Button variant="light" onClick={handleDownloadTemplate}>
          {t('import.downloadTemplate')}
        </Button>
      </Stack>
    </Box>
  );
}

interface UploadFormProps {
  agencyId: string;
  onUploaded: (importId: string) => void;
}

function UploadForm({ agencyId, onUploaded }: UploadFormProps) {
  const { t } = useTranslation();
  const describeError = useErrorMessage();
  const { state, upload, cancel } = useUserCsvUpload();
  const [file, setFile] = useState<File | null>(null);
  const [submitted, setSubmitted] = useState(false);

  const fileProblem = !file ? t('import.fileRequired') : !/\.csv$/i.test(file.name) ? t('import.fileNotCsv') : null;

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSubmitted(true);
    if (!file || fileProblem) return;
    const importId = await upload(agencyId, file);
    if (!importId) return;
    setFile(null);
    setSubmitted(false);
    onUploaded(importId);
  };

  const uploading = state.phase === 'uploading';

  return (
    <form onSubmit={(event) => void handleSubmit(event)} noValidate>
      <Stack gap="md">
        <FileInput
          label={t('import.file')}
          placeholder={t('import.filePlaceholder')}
          accept=".csv,text/csv"
          clearable
          value={file}
          onChange={setFile}
          disabled={uploading}
          error={submitted ? fileProblem : undefined}
          maw={420}
        />
        {state.phase === 'uploading' && (
          <Stack gap={6} maw={420}>
            <Progress
              value={state.fraction === null ? 100 : Math.round(state.fraction * 100)}
              striped={state.fraction === null}
              animated={state.fraction === null}
              aria-label={t('import.uploadProgressLabel')}
            />
            <Text size="sm" c="dimmed">
              {state.fraction === null
                ? t('import.uploading')
                : t('import.uploadingPercent', { percent: Math.round(state.fraction * 100) })}
            </Text>
          </Stack>
        )}
        {state.phase === 'failed' && (
          <Alert color="red" variant="light" title={t('import.uploadFailed')}>
            {describeError(state.error)}
          </Alert>
        )}
        <Group gap="sm">
          <Button type="submit" loading={uploading}>
            {t('import.upload')}
          </Button>
          {uploading && (
            <Button variant="default" onClick={cancel}>
              {t('form.cancel')}
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}
