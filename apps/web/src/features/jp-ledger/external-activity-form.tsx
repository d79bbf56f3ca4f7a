import { Alert, Button, FileInput, Group, NativeSelect, NumberInput, Paper, Progress, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { MyExternalActivityFragment } from '../../gql/generated';
import { currentLanguage } from '../../i18n/i18n';
import { RestApiError } from '../../lib/api-error';
import { useErrorMessage } from '../../lib/use-error-message';
import {
  ACTIVITY_KINDS,
  COMPETENCY_TYPES,
  EVIDENCE_ACCEPT,
  MAX_ACTIVITY_JP,
  MAX_EVIDENCE_MB,
  TITLE_LENGTH,
  checkActivity,
  emptyActivityForm,
  localDay,
} from './activity-form';
import type { ActivityField, ActivityFormValues, ActivityProblem } from './activity-form';
import { useRecordActivity } from './use-record-activity';
import type { RecordFailure, RecordPhase } from './use-record-activity';

export interface ExternalActivityFormProps {
  id: string;
  /** After the activity was recorded and the ledger and list fetched again; `countsInYear` is the year its JP go to. */
  onRecorded: (activity: MyExternalActivityFragment, countsInYear: number) => void;
  onClose: () => void;
}

const LIMITS = { min: TITLE_LENGTH.min, max: TITLE_LENGTH.max, maxMb: MAX_EVIDENCE_MB };

/** "Catat kegiatan di luar Lentera": the activity, its JP and its evidence, sent for the agency's review. */
export function ExternalActivityForm({ id, onRecorded, onClose }: ExternalActivityFormProps) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n.resolvedLanguage);
  const describeError = useErrorMessage();
  const recorder = useRecordActivity();
  const [values, setValues] = useState<ActivityFormValues>(emptyActivityForm);
  const [submitted, setSubmitted] = useState(false);
  const today = localDay();

  const check = checkActivity(values, today);
  const problems = submitted && !check.ok ? check.problems : {};
  const failure = shownFailure(recorder.failure, values.file);
  const describeFailure = (error: unknown) =>
    // A proxy may refuse a large body before the API can explain.
    error instanceof RestApiError && error.status === 413 && !error.details.message ? t('jpLedger.form.problems.fileTooLarge', LIMITS) : describeError(error);

  const problemText = (problem: ActivityProblem) => t(`jpLedger.form.problems.${problem}`, { ...LIMITS, max: problem === 'jpRange' ? MAX_ACTIVITY_JP : LIMITS.max });
  const errorOf = (field: ActivityField): string | undefined => {
    const problem = problems[field];
    if (problem) return problemText(problem);
    return failure?.field === field ? describeFailure(failure.error) : undefined;
  };

  const change = <F extends ActivityField>(field: F, value: ActivityFormValues[F]) => {
    setValues((previous) => ({ ...previous, [field]: value }));
    if (recorder.failure?.field === field) recorder.dismissFailure();
  };

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (recorder.busy) return;
    setSubmitted(true);
    if (!check.ok) return;
    const recorded = await recorder.submit(check.draft);
    if (recorded) onRecorded(recorded, check.draft.countsInYear);
  };

  const busy = recorder.busy;
  const hasProblems = Object.keys(problems).length > 0;
  const headingId = `${id}-heading`;

  return (
    <Paper withBorder radius="md" p="md" component="form" id={id} aria-labelledby={headingId} noValidate onSubmit={(event) => void handleSubmit(event)} data-testid="external-activity-form">
      <Stack gap="sm">
        <div>
          <Title order={3} size="h4" id={headingId}>
            {t('jpLedger.form.heading')}
          </Title>
          <Text size="sm" c="dimmed" mt={4}>
            {t('jpLedger.form.intro')}
          </Text>
        </div>
        {failure && !failure.field && (
          <Alert color="red" variant="light" title={t('jpLedger.form.failedTitle')} role="alert" data-testid="activity-form-error">
            {describeFailure(failure.error)}
          </Alert>
        )}
        {hasProblems && (
          <Alert color="red" variant="light" p="xs" role="alert">
            {t('jpLedger.form.fixBelow')}
          </Alert>
        )}
        <NativeSelect
          label={t('jpLedger.form.kind')}
          required
          autoFocus
          disabled={busy}
          value={values.kind}
          error={errorOf('kind')}
          data={[{ value: '', label: t('jpLedger.form.kindPlaceholder'), disabled: true }, ...ACTIVITY_KINDS.map((kind) => ({ value: kind, label: t(`jpLedger.kind.${kind}`) }))]}
          onChange={(event) => {
            change('kind', event.currentTarget.value as ActivityFormValues['kind']);
          }}
        />
        <TextInput
          label={t('jpLedger.form.title')}
          required
          maxLength={TITLE_LENGTH.max}
          disabled={busy}
          value={values.title}
          error={errorOf('title')}
          onChange={(event) => {
            change('title', event.currentTarget.value);
          }}
        />
        <TextInput
          label={t('jpLedger.form.organizer')}
          description={t('jpLedger.form.organizerHint')}
          required
          maxLength={TITLE_LENGTH.max}
          disabled={busy}
          value={values.organizer}
          error={errorOf('organizer')}
          onChange={(event) => {
            change('organizer', event.currentTarget.value);
          }}
        />
        {/* Native date inputs: a phone's own date picker, and no date library for learners to download. */}
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          <TextInput
            type="date"
            label={t('jpLedger.form.startDate')}
            required
            max={values.endDate || today}
            disabled={busy}
            value={values.startDate}
            error={errorOf('startDate')}
            onChange={(event) => {
              change('startDate', event.currentTarget.value);
            }}
          />
          <TextInput
            type="date"
            label={t('jpLedger.form.endDate')}
            required
            min={values.startDate || undefined}
            max={today}
            disabled={busy}
            value={values.endDate}
            error={errorOf('endDate')}
            onChange={(event) => {
              change('endDate', event.currentTarget.value);
            }}
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          <NumberInput
            label={t('jpLedger.form.jp')}
            description={t('jpLedger.form.jpHint', { max: MAX_ACTIVITY_JP })}
            required
            min={0}
            max={MAX_ACTIVITY_JP}
            clampBehavior="none"
            allowNegative={false}
            decimalScale={2}
            decimalSeparator={language === 'id' ? ',' : '.'}
            hideControls
            disabled={busy}
            value={values.jp}
            error={errorOf('jp')}
            onChange={(value) => {
              change('jp', value);
            }}
          />
          <NativeSelect
            label={t('jpLedger.form.competencyType')}
            required
            disabled={busy}
            value={values.competencyType}
            error={errorOf('competencyType')}
            data={[
              { value: '', label: t('jpLedger.form.competencyPlaceholder'), disabled: true },
              ...COMPETENCY_TYPES.map((type) => ({ value: type, label: t(`competencyType.${type}`) })),
            ]}
            onChange={(event) => {
              change('competencyType', event.currentTarget.value as ActivityFormValues['competencyType']);
            }}
          />
        </SimpleGrid>
        <FileInput
          label={t('jpLedger.form.evidence')}
          description={t('jpLedger.form.evidenceHint', LIMITS)}
          placeholder={t('jpLedger.form.evidencePlaceholder')}
          required
          clearable
          accept={EVIDENCE_ACCEPT}
          disabled={busy}
          value={values.file}
          error={errorOf('file')}
          onChange={(file) => {
            change('file', file);
          }}
          data-testid="activity-evidence-input"
        />
        <SubmitProgress phase={recorder.phase} onCancelUpload={recorder.cancelUpload} />
        <Group gap="sm">
          <Button type="submit" loading={busy} data-testid="activity-submit">
            {t('jpLedger.form.submit')}
          </Button>
          <Button variant="default" disabled={busy} onClick={onClose}>
            {t('jpLedger.form.cancel')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

/** A problem with the file is shown while that file is still the one chosen. */
function shownFailure(failure: RecordFailure | null, file: File | null): RecordFailure | null {
  if (!failure) return null;
  return failure.field === 'file' && failure.file !== file ? null : failure;
}

function SubmitProgress({ phase, onCancelUpload }: { phase: RecordPhase; onCancelUpload: () => void }) {
  const { t } = useTranslation();
  if (phase.step === 'saving') {
    return (
      <Text size="sm" role="status">
        {t('jpLedger.form.saving')}
      </Text>
    );
  }
  if (phase.step !== 'uploading') return null;
  const percent = phase.fraction === null ? null : Math.round(phase.fraction * 100);
  return (
    <Stack gap={4} data-testid="activity-upload-progress">
      <Text size="sm" role="status">
        {percent === null ? t('jpLedger.form.uploadingUnknown') : t('jpLedger.form.uploading', { percent })}
      </Text>
      <Progress value={percent ?? 100} animated={percent === null} aria-label={t('jpLedger.form.uploadProgress')} />
      <Button variant="subtle" size="compact-sm" color="red" onClick={onCancelUpload} style={{ alignSelf: 'flex-start' }}>
        {t('jpLedger.form.cancelUpload')}
      </Button>
    </Stack>
  );
}
