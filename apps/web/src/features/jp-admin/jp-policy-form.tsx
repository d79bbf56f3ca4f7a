import { Alert, Button, Group, NumberInput, Stack, Text } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { AgencyJpPolicyDocument, UpdateJpPolicyDocument } from '../../gql/generated';
import type { AgencyJpPolicyQuery } from '../../gql/generated';
import { currentLanguage } from '../../i18n/i18n';
import { formatDateTime } from '../../lib/format-date';
import { useErrorMessage } from '../../lib/use-error-message';
import { POLICY_FIELDS, POLICY_LIMITS, policyInputOf, policyProblems } from './jp-policy-rules';
import type { PolicyField, PolicyValues } from './jp-policy-rules';

type JpPolicy = AgencyJpPolicyQuery['jpPolicy'];

const LABELS = { minutesPerJp: 'minutesPerJp', yearlyTargetPns: 'targetPns', yearlyTargetPppk: 'targetPppk' } as const;

export interface JpPolicyFormProps {
  agencyId: string;
  policy: JpPolicy;
}

/** Minutes per JP and the yearly targets, checked against the ranges the API accepts before they are sent. */
export function JpPolicyForm({ agencyId, policy }: JpPolicyFormProps) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n.resolvedLanguage);
  const describeError = useErrorMessage();
  const [values, setValues] = useState<PolicyValues>({ minutesPerJp: policy.minutesPerJp, yearlyTargetPns: policy.yearlyTargetPns, yearlyTargetPppk: policy.yearlyTargetPppk });
  const [touched, setTouched] = useState<ReadonlySet<PolicyField>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const [saved, setSaved] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const [updatePolicy, { loading }] = useMutation(UpdateJpPolicyDocument, {
    update: (cache, { data }) => {
      if (data) cache.writeQuery({ query: AgencyJpPolicyDocument, variables: { agencyId }, data: { jpPolicy: data.updateJpPolicy } });
      // Targets decide who is below them: the reports load afresh.
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'agencyJpReport' });
      cache.gc();
    },
  });
  const problems = policyProblems(values);
  const problemText = (field: PolicyField) => {
    const problem = submitted || touched.has(field) ? problems[field] : undefined;
    return problem ? t(`jpAdmin.policy.problems.${problem}`, POLICY_LIMITS[field]) : undefined;
  };

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (Object.keys(problems).length > 0 || loading) return;
    setFailure(null);
    setSaved(false);
    try {
      await updatePolicy({ variables: { agencyId, input: policyInputOf(values) } });
      setSaved(true);
    } catch (error) {
      setFailure(error);
    }
  };

  return (
    <form onSubmit={(event) => void handleSubmit(event)} noValidate data-testid="jp-policy-form">
      <Stack gap="md" maw={420}>
        {policy.updatedAt === null ? (
          <Alert variant="light" color="blue" data-testid="jp-policy-defaults">
            {t('jpAdmin.policy.defaultsInUse')}
          </Alert>
        ) : (
          <Text size="sm" c="dimmed" data-testid="jp-policy-updated">
            {t('jpAdmin.policy.updatedAt', { date: formatDateTime(policy.updatedAt, language) })}
          </Text>
        )}
        {POLICY_FIELDS.map((field) => (
          <NumberInput
            key={field}
            label={t(`jpAdmin.policy.${LABELS[field]}`)}
            description={t(field === 'minutesPerJp' ? 'jpAdmin.policy.minutesPerJpHint' : 'jpAdmin.policy.targetHint', POLICY_LIMITS[field])}
            value={values[field]}
            min={POLICY_LIMITS[field].min}
            max={POLICY_LIMITS[field].max}
            // Not clamped on blur: a value out of range gets its message instead of silently becoming the limit.
            clampBehavior="none"
            allowDecimal={false}
            allowNegative={false}
            required
            error={problemText(field)}
            disabled={loading}
            onChange={(value) => {
              setValues((previous) => ({ ...previous, [field]: value }));
              setSaved(false);
            }}
            onBlur={() => {
              setTouched((previous) => new Set(previous).add(field));
            }}
            data-testid={`jp-policy-${field}`}
          />
        ))}
        {failure !== null && (
          <Alert color="red" variant="light" role="alert" title={t('jpAdmin.policy.saveError')} data-testid="jp-policy-error">
            {describeError(failure)}
          </Alert>
        )}
        {saved && (
          <Alert color="green" variant="light" role="status" withCloseButton onClose={() => setSaved(false)} data-testid="jp-policy-saved">
            {t('jpAdmin.policy.saved')}
          </Alert>
        )}
        <Group>
          <Button type="submit" loading={loading} data-testid="jp-policy-save">
            {t('jpAdmin.policy.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
