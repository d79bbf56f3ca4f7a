import { Alert, Button, FileInput, SegmentedControl, Select, Stack, Text } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { AgencyWorkUnitsDocument, AssignCourseDocument } from '../../../gql/generated';
import type { AssignCourseInput, AssignCourseMutation } from '../../../gql/generated';
import { useErrorMessage } from '../../../lib/use-error-message';
import { AssignmentResultPanel } from './assignment-result';
import { DueDateInput, dueAtOf } from './due-date-input';
import { readNipCsv } from './nip-csv';
import type { NipList } from './nip-csv';
import { PeoplePicker } from './people-picker';

/** The API takes at most this many people in one assignment. */
export const MAX_ASSIGNED = 5000;

type Mode = 'people' | 'workUnit' | 'csv';
const MODES: readonly Mode[] = ['people', 'workUnit', 'csv'];

export interface AssignCourseFormProps {
  courseId: string;
  agencyId: string;
}

/** Admins assign a course, with a due date, to chosen people, a whole work unit, or the NIPs of a CSV. */
export function AssignCourseForm({ courseId, agencyId }: AssignCourseFormProps) {
  const { t } = useTranslation();
  const describeError = useErrorMessage();
  const [mode, setMode] = useState<Mode>('people');
  const [userIds, setUserIds] = useState<string[]>([]);
  const [workUnit, setWorkUnit] = useState<string | null>(null);
  const [csv, setCsv] = useState<{ file: File; list: NipList } | null>(null);
  const [csvProblem, setCsvProblem] = useState<string | null>(null);
  const [dueDate, setDueDate] = useState<string | null>(null);
  const [submitted, setSubmitted] = useState(false);
  const [result, setResult] = useState<AssignCourseMutation['assignCourse'] | null>(null);
  const workUnits = useQuery(AgencyWorkUnitsDocument, { variables: { agencyId } });
  const [assignCourse, { loading, error }] = useMutation(AssignCourseDocument, {
    refetchQueries: ['CourseEnrolments', 'EnrolmentsCourse'],
  });

  const targetProblem =
    mode === 'people'
      ? userIds.length === 0
        ? t('authoring.assign.peopleRequired')
        : null
      : mode === 'workUnit'
        ? workUnit
          ? null
          : t('authoring.assign.workUnitRequired')
        : (csvProblem ??
          (!csv
            ? t('authoring.assign.csvRequired')
            : csv.list.nips.length === 0
              ? t('authoring.assign.csvEmpty')
              : csv.list.nips.length > MAX_ASSIGNED
                ? t('authoring.assign.csvTooMany', { count: MAX_ASSIGNED })
                : null));

  const handleFile = async (file: File | null) => {
    setCsv(null);
    setCsvProblem(null);
    if (!file) return;
    try {
      setCsv({ file, list: readNipCsv(await file.text()) });
    } catch {
      setCsvProblem(t('authoring.assign.csvUnreadable'));
    }
  };

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSubmitted(true);
    if (targetProblem) return;
    const input: AssignCourseInput = {
      courseId,
      dueAt: dueAtOf(dueDate),
      ...(mode === 'people' ? { userIds } : mode === 'workUnit' ? { workUnit } : { nips: csv?.list.nips ?? [] }),
    };
    try {
      const { data } = await assignCourse({ variables: { input } });
      if (!data) return;
      setResult(data.assignCourse);
      setSubmitted(false);
      setUserIds([]);
      setCsv(null);
    } catch {
      // Shown through `error`.
    }
  };

  return (
    <form onSubmit={(event) => void handleSubmit(event)} noValidate>
      <Stack gap="md">
        <SegmentedControl
          aria-label={t('authoring.assign.modeLabel')}
          data={MODES.map((value) => ({ value, label: t(`authoring.assign.mode.${value}`) }))}
          value={mode}
          onChange={(value) => {
            setMode(value as Mode);
            setResult(null);
          }}
          fullWidth
        />
        {mode === 'people' && (
          <PeoplePicker agencyId={agencyId} value={userIds} onChange={setUserIds} error={submitted ? (targetProblem ?? undefined) : undefined} />
        )}
        {mode === 'workUnit' && (
          <Select
            label={t('authoring.assign.workUnit')}
            description={t('authoring.assign.workUnitHint')}
            data={workUnits.data?.agencyWorkUnits ?? []}
            value={workUnit}
            onChange={setWorkUnit}
            searchable
            nothingFoundMessage={workUnits.loading ? t('authoring.assign.searching') : t('authoring.assign.noWorkUnits')}
            error={submitted ? (targetProblem ?? undefined) : undefined}
          />
        )}
        {mode === 'csv' && (
          <Stack gap="xs">
            <FileInput
              label={t('authoring.assign.csvFile')}
              description={t('authoring.assign.csvHint')}
              placeholder={t('authoring.assign.csvPlaceholder')}
              accept=".csv,text/csv,text/plain"
              clearable
              value={csv?.file ?? null}
              onChange={(file) => void handleFile(file)}
              error={submitted || csvProblem ? (targetProblem ?? undefined) : undefined}
            />
            {csv && csv.list.nips.length > 0 && (
              <Text size="sm" c="dimmed" role="status">
                {t(csv.list.column === 'nip' ? 'authoring.assign.csvFoundNipColumn' : 'authoring.assign.csvFoundFirstColumn', {
                  count: csv.list.nips.length,
                })}
              </Text>
            )}
          </Stack>
        )}
        <DueDateInput value={dueDate} onChange={setDueDate} />
        {error && (
          <Alert color="red" variant="light" role="alert">
            {describeError(error)}
          </Alert>
        )}
        <Button type="submit" loading={loading} style={{ alignSelf: 'flex-start' }}>
          {t('authoring.assign.submit')}
        </Button>
        {result && <AssignmentResultPanel result={result} />}
      </Stack>
    </form>
  );
}
