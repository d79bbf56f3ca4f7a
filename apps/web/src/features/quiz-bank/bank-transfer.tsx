import { Alert, Button, FileButton, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { useRef, useState } from 'react';
import type { ComponentProps } from 'react';
import { useTranslation } from 'react-i18next';
import { ExportQuestionBankDocument, ImportQuestionBankDocument } from '../../gql/generated';
import type { ImportQuestionBankMutation, QuestionBankFormat } from '../../gql/generated';
import { currentLanguage } from '../../i18n/i18n';
import { saveBlob } from '../../lib/download-file';
import { useErrorMessage } from '../../lib/use-error-message';
import { BANK_CSV_TEMPLATE_NAME, bankCsvTemplate } from './bank-csv-template';
import { BANK_FILE_MEDIA_TYPE, bankExportFileName, bankFormatOf, withoutByteOrderMark } from './bank-file';

type ImportResult = ImportQuestionBankMutation['importQuestionBank'];

export interface BankTransferProps {
  courseId: string;
  courseTitle: string;
}

/** Import a bank from a JSON or CSV file, export it, or download the CSV template. */
export function BankTransfer({ courseId, courseTitle }: BankTransferProps) {
  const { t } = useTranslation();
  const describeError = useErrorMessage();
  const client = useApolloClient();
  const resetRef = useRef<() => void>(null);
  const [fileName, setFileName] = useState<string | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);
  const [importError, setImportError] = useState<unknown>(null);
  const [unreadable, setUnreadable] = useState(false);
  const [exporting, setExporting] = useState<QuestionBankFormat | null>(null);
  const [exportError, setExportError] = useState<unknown>(null);
  const [importBank, { loading: importing }] = useMutation(ImportQuestionBankDocument, { refetchQueries: ['QuestionBank', 'QuestionBankTags'] });

  const handlePick = async (file: File | null) => {
    resetRef.current?.();
    if (!file) return;
    setFileName(file.name);
    setResult(null);
    setImportError(null);
    setUnreadable(false);
    let text: string;
    try {
      text = await file.text();
    } catch {
      setUnreadable(true);
      return;
    }
    try {
      const { data } = await importBank({
        variables: { courseId, format: bankFormatOf(file.name, text), content: withoutByteOrderMark(text) },
      });
      if (data) setResult(data.importQuestionBank);
    } catch (error) {
      setImportError(error);
    }
  };

  const handleExport = async (format: QuestionBankFormat) => {
    setExporting(format);
    setExportError(null);
    try {
      const { data } = await client.query({ query: ExportQuestionBankDocument, variables: { courseId, format }, fetchPolicy: 'no-cache' });
      if (data) {
        saveBlob(new Blob([data.exportQuestionBank], { type: BANK_FILE_MEDIA_TYPE[format] }), bankExportFileName(courseTitle, format));
      }
    } catch (error) {
      setExportError(error);
    } finally {
      setExporting(null);
    }
  };

  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="bank-transfer-heading">
      <Stack gap="sm">
        <Title order={2} size="h4" id="bank-transfer-heading">
          {t('quizAuthoring.transfer.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('quizAuthoring.transfer.intro')}
        </Text>
        <Group gap="sm">
          <FileButton
            resetRef={resetRef}
            accept=".json,.csv,application/json,text/csv"
            onChange={(file) => void handlePick(file)}
            inputProps={{ 'data-testid': 'bank-import-input' } as ComponentProps<'input'>}
          >
            {(props) => (
              <Button {...props} loading={importing}>
                {t('quizAuthoring.transfer.choose')}
              </Button>
            )}
          </FileButton>
          <Button variant="default" loading={exporting === 'JSON'} disabled={exporting !== null} onClick={() => void handleExport('JSON')}>
            {t('quizAuthoring.transfer.exportJson')}
          </Button>
          <Button variant="default" loading={exporting === 'CSV'} disabled={exporting !== null} onClick={() => void handleExport('CSV')}>
            {t('quizAuthoring.transfer.exportCsv')}
          </Button>
          <Button
            variant="subtle"
            onClick={() => {
              saveBlob(bankCsvTemplate(), BANK_CSV_TEMPLATE_NAME);
            }}
          >
            {t('quizAuthoring.transfer.template')}
          </Button>
        </Group>
        {importing && fileName && (
          <Text size="sm" role="status">
            {t('quizAuthoring.transfer.importing', { name: fileName })}
          </Text>
        )}
        {exportError !== null && (
          <Alert color="red" variant="light" role="alert" title={t('quizAuthoring.transfer.exportError')}>
            <Text size="sm">{describeError(exportError)}</Text>
          </Alert>
        )}
        {(result || importError !== null || unreadable) && (
          <div data-testid="bank-import-result" role="status">
            {importError !== null || unreadable ? (
              <Alert color="red" variant="light" title={t('quizAuthoring.transfer.resultTitle', { name: fileName ?? '' })}>
                <Text size="sm">{unreadable ? t('quizAuthoring.transfer.readError') : describeError(importError)}</Text>
              </Alert>
            ) : result ? (
              <ImportResultView result={result} fileName={fileName ?? ''} />
            ) : null}
          </div>
        )}
      </Stack>
    </Paper>
  );
}

function ImportResultView({ result, fileName }: { result: ImportResult; fileName: string }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n.resolvedLanguage);
  if (result.problems.length === 0) {
    return (
      <Alert color="green" variant="light" title={t('quizAuthoring.transfer.resultTitle', { name: fileName })}>
        <Text size="sm">{t('quizAuthoring.transfer.result', { created: result.created, updated: result.updated, unchanged: result.unchanged })}</Text>
      </Alert>
    );
  }
  return (
    <Alert color="red" variant="light" title={t('quizAuthoring.transfer.problemsTitle', { count: result.problems.length })}>
      <List size="sm" spacing={4}>
        {result.problems.map((problem, index) => (
          // Several problems can share a line; the list never changes order.
          <List.Item key={`${String(problem.line)}-${String(index)}`}>
            <Text span size="sm" fw={600}>
              {t('quizAuthoring.transfer.problemLine', { line: problem.line })}
              {problem.key ? ` (${t('quizAuthoring.transfer.problemKey', { key: problem.key })})` : ''}:
            </Text>{' '}
            {language === 'id' ? problem.message : problem.messageEn}
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
