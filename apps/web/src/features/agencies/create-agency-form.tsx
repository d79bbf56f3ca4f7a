import { Alert, Button, Select, Stack, TextInput } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CreateAgencyDocument } from '../../gql/generated';
import type { AgencyKind } from '../../gql/generated';
import { useErrorMessage } from '../../lib/use-error-message';

const AGENCY_KINDS: readonly AgencyKind[] = ['CENTRAL', 'REGIONAL', 'TRAINING_PROVIDER'];

interface Fields {
  code: string;
  name: string;
  kind: AgencyKind | null;
  region: string;
}

const EMPTY: Fields = { code: '', name: '', kind: null, region: '' };

/** Super admin: a new agency. */
export function CreateAgencyForm() {
  const { t } = useTranslation();
  const describeError = useErrorMessage();
  const [fields, setFields] = useState<Fields>(EMPTY);
  const [submitted, setSubmitted] = useState(false);
  const [createdName, setCreatedName] = useState<string | null>(null);
  const [createAgency, { loading, error }] = useMutation(CreateAgencyDocument, {
    refetchQueries: ['Agencies', 'AgencyOptions'],
  });

  const missing = {
    code: fields.code.trim() === '',
    name: fields.name.trim() === '',
    kind: fields.kind === null,
  };

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSubmitted(true);
    setCreatedName(null);
    if (missing.code || missing.name || fields.kind === null) return;
    try {
      const { data } = await createAgency({
        variables: {
          input: {
            code: fields.code.trim(),
            name: fields.name.trim(),
            kind: fields.kind,
            region: fields.region.trim() === '' ? undefined : fields.region.trim(),
          },
        },
      });
      setFields(EMPTY);
      setSubmitted(false);
      setCreatedName(data?.createAgency.name ?? null);
    } catch {
      // Shown through `error` (e.g. CONFLICT: the code is taken).
    }
  };

  const required = (key: keyof typeof missing) => (submitted && missing[key] ? t('form.required') : undefined);

  return (
    <form onSubmit={(event) => void handleSubmit(event)} noValidate>
      <Stack gap="md">
        {createdName && (
          <Alert color="green" variant="light">
            {t('agencies.created', { name: createdName })}
          </Alert>
        )}
        <TextInput
          label={t('agencies.fields.code')}
          description={t('agencies.codeHint')}
          required
          error={required('code')}
          value={fields.code}
          onChange={(event) => {
            const { value } = event.currentTarget;
            setFields((previous) => ({ ...previous, code: value }));
          }}
        />
        <TextInput
          label={t('agencies.fields.name')}
          placeholder={t('agencies.nameExample')}
          required
          error={required('name')}
          value={fields.name}
          onChange={(event) => {
            const { value } = event.currentTarget;
            setFields((previous) => ({ ...previous, name: value }));
          }}
        />
        <Select
          label={t('agencies.fields.kind')}
          required
          error={required('kind')}
          data={AGENCY_KINDS.map((kind) => ({ value: kind, label: t(`agencyKind.${kind}`) }))}
          value={fields.kind}
          onChange={(value) => {
            setFields((previous) => ({ ...previous, kind: value as AgencyKind | null }));
          }}
        />
        <TextInput
          label={t('agencies.fields.region')}
          placeholder={t('agencies.regionExample')}
          value={fields.region}
          onChange={(event) => {
            const { value } = event.currentTarget;
            setFields((previous) => ({ ...previous, region: value }));
          }}
        />
        {error && (
          <Alert color="red" variant="light">
            {describeError(error)}
          </Alert>
        )}
        <Button type="submit" loading={loading} style={{ alignSelf: 'flex-start' }}>
          {t('agencies.create')}
        </Button>
      </Stack>
    </form>
  );
}
