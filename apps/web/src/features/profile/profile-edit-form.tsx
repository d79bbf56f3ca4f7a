import { Alert, Button, Group, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import type { ChangeEvent, FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { UpdateMyProfileDocument } from '../../gql/generated';
import { useErrorMessage } from '../../lib/use-error-message';
import { useAuthSession } from '../auth/auth-context';
import type { SessionUser } from '../auth/auth-session';

type EditableField = 'fullName' | 'phone' | 'workUnit' | 'position' | 'rankGrade' | 'agencyOfOrigin';
type Fields = Record<EditableField, string>;

export interface ProfileEditFormProps {
  user: SessionUser;
  onDone: (saved: boolean) => void;
}

/** The fields a user may change about themselves. An emptied field is cleared (null). */
export function ProfileEditForm({ user, onDone }: ProfileEditFormProps) {
  const { t } = useTranslation();
  const describeError = useErrorMessage();
  const session = useAuthSession();
  const [fields, setFields] = useState<Fields>(() => ({
    fullName: user.fullName,
    phone: user.phone ?? '',
    workUnit: user.workUnit ?? '',
    position: user.position ?? '',
    rankGrade: user.rankGrade ?? '',
    agencyOfOrigin: user.agencyOfOrigin ?? '',
  }));
  const [submitted, setSubmitted] = useState(false);
  const [updateMyProfile, { loading, error }] = useMutation(UpdateMyProfileDocument);

  const fullNameMissing = fields.fullName.trim() === '';
  const optional = (value: string) => (value.trim() === '' ? null : value.trim());

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSubmitted(true);
    if (fullNameMissing) return;
    try {
      const { data } = await updateMyProfile({
        variables: {
          input: {
            fullName: fields.fullName.trim(),
            phone: optional(fields.phone),
            workUnit: optional(fields.workUnit),
            position: optional(fields.position),
            rankGrade: optional(fields.rankGrade),
            agencyOfOrigin: optional(fields.agencyOfOrigin),
          },
        },
      });
      if (data) session.userUpdated(data.updateMyProfile);
      onDone(true);
    } catch {
      // Shown through `error`.
    }
  };

  const bind = (key: EditableField) => ({
    value: fields[key],
    onChange: (event: ChangeEvent<HTMLInputElement>) => {
      const { value } = event.currentTarget;
      setFields((previous) => ({ ...previous, [key]: value }));
    },
  });

  return (
    <form onSubmit={(event) => void handleSubmit(event)} noValidate>
      <Stack gap="md">
        <TextInput
          label={t('profile.fields.fullName')}
          description={t('profile.fullNameHint')}
          autoComplete="name"
          required
          error={submitted && fullNameMissing ? t('form.required') : undefined}
          {...bind('fullName')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <TextInput label={t('profile.fields.phone')} type="tel" autoComplete="tel" {...bind('phone')} />
          <TextInput label={t('profile.fields.workUnit')} {...bind('workUnit')} />
          <TextInput label={t('profile.fields.position')} {...bind('position')} />
          <TextInput label={t('profile.fields.rankGrade')} placeholder={t('profile.rankGradeExample')} {...bind('rankGrade')} />
          <TextInput label={t('profile.fields.agencyOfOrigin')} {...bind('agencyOfOrigin')} />
        </SimpleGrid>
        {error && (
          <Alert color="red" variant="light">
            {describeError(error)}
          </Alert>
        )}
        <Group gap="sm">
          <Button type="submit" loading={loading}>
            {t('form.save')}
          </Button>
          <Button
            variant="default"
            onClick={() => {
              onDone(false);
            }}
          >
            {t('form.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
