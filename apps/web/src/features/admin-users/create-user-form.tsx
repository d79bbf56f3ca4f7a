import { Alert, Button, Checkbox, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import type { ChangeEvent, FormEvent } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { CreateUserDocument } from '../../gql/generated';
import type { CreateUserMutation, EmploymentType, Role } from '../../gql/generated';
import { isValidNip, normalizeNip } from '../../lib/nip';
import { useErrorMessage } from '../../lib/use-error-message';
import { ROLES } from '../auth/access';

export type CreatedUser = CreateUserMutation['createUser'];

export interface CreateUserFormProps {
  /** null: no agency chosen yet (the form cannot be sent). */
  agencyId: string | null;
  /** Roles given without asking (the super admin creating an agency's admin). */
  fixedRoles?: Role[];
  submitLabel: string;
  onCreated: (user: CreatedUser) => void;
}

interface Fields {
  fullName: string;
  email: string;
  nip: string;
  employmentType: EmploymentType | null;
  workUnit: string;
  position: string;
  rankGrade: string;
  roles: Role[];
}

const EMPTY: Fields = {
  fullName: '',
  email: '',
  nip: '',
  employmentType: null,
  workUnit: '',
  position: '',
  rankGrade: '',
  roles: ['LEARNER'],
};

type FieldErrors = Partial<Record<'fullName' | 'email' | 'nip' | 'roles', string>>;

const blankToUndefined = (value: string) => (value.trim() === '' ? undefined : value.trim());

/** New account in an agency: identity (email and/or NIP), work details and roles. */
export function CreateUserForm({ agencyId, fixedRoles, submitLabel, onCreated }: CreateUserFormProps) {
  const { t } = useTranslation();
  const describeError = useErrorMessage();
  const [fields, setFields] = useState<Fields>(EMPTY);
  const [submitted, setSubmitted] = useState(false);
  const [createUser, { loading, error }] = useMutation(CreateUserDocument);

  const roles = fixedRoles ?? fields.roles;
  const errors = validate(fields, roles, t);
  const shownErrors: FieldErrors = submitted ? errors : {};

  const set =
    <K extends keyof Fields>(key: K) =>
    (value: Fields[K]) => {
      setFields((previous) => ({ ...previous, [key]: value }));
    };

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSubmitted(true);
    if (!agencyId || Object.keys(errors).length > 0) return;
    try {
      const { data } = await createUser({
        variables: {
          input: {
            agencyId,
            fullName: fields.fullName.trim(),
            email: blankToUndefined(fields.email),
            nip: blankToUndefined(normalizeNip(fields.nip)),
            employmentType: fields.employmentType ?? undefined,
            workUnit: blankToUndefined(fields.workUnit),
            position: blankToUndefined(fields.position),
            rankGrade: blankToUndefined(fields.rankGrade),
            roles,
          },
        },
      });
      if (!data) return;
      setFields(EMPTY);
      setSubmitted(false);
      onCreated(data.createUser);
    } catch {
      // Shown through `error` (e.g. CONFLICT: the email or NIP is taken).
    }
  };

  const text = (key: 'fullName' | 'email' | 'nip' | 'workUnit' | 'position' | 'rankGrade') => ({
    value: fields[key],
    onChange: (event: ChangeEvent<HTMLInputElement>) => {
      set(key)(event.currentTarget.value);
    },
  });

  return (
    <form onSubmit={(event) => void handleSubmit(event)} noValidate>
      <Stack gap="md">
        <TextInput
          label={t('profile.fields.fullName')}
          description={t('users.fullNameHint')}
          required
          error={shownErrors.fullName}
          {...text('fullName')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <TextInput
            label={t('profile.fields.email')}
            type="email"
            autoComplete="off"
            error={shownErrors.email}
            {...text('email')}
          />
          <TextInput
            label={t('profile.fields.nip')}
            description={t('users.nipHint')}
            inputMode="numeric"
            autoComplete="off"
            error={shownErrors.nip}
            {...text('nip')}
          />
          <Select
            label={t('profile.fields.employmentType')}
            data={(['PNS', 'PPPK'] as const).map((value) => ({ value, label: t(`employmentType.${value}`) }))}
            value={fields.employmentType}
            onChange={(value) => {
              set('employmentType')(value as EmploymentType | null);
            }}
            clearable
          />
          <TextInput label={t('profile.fields.workUnit')} {...text('workUnit')} />
          <TextInput label={t('profile.fields.position')} {...text('position')} />
          <TextInput label={t('profile.fields.rankGrade')} {...text('rankGrade')} />
        </SimpleGrid>
        {!fixedRoles && (
          <Checkbox.Group
            label={t('users.roles')}
            value={fields.roles}
            onChange={(value) => {
              set('roles')(value as Role[]);
            }}
            error={shownErrors.roles}
          >
            <Stack gap="xs" mt="xs">
              {ROLES.map((role) => (
                <Checkbox key={role} value={role} label={t(`role.${role}`)} />
              ))}
            </Stack>
          </Checkbox.Group>
        )}
        {error && (
          <Alert color="red" variant="light">
            {describeError(error)}
          </Alert>
        )}
        <Button type="submit" loading={loading} disabled={!agencyId} style={{ alignSelf: 'flex-start' }}>
          {submitLabel}
        </Button>
      </Stack>
    </form>
  );
}

function validate(fields: Fields, roles: Role[], t: TFunction): FieldErrors {
  const errors: FieldErrors = {};
  const email = fields.email.trim();
  const nip = fields.nip.trim();
  if (fields.fullName.trim() === '') errors.fullName = t('form.required');
  if (email === '' && nip === '') errors.email = t('users.emailOrNipRequired');
  else if (email !== '' && !/^[^\s@]+@[^\s@]+$/.test(email)) errors.email = t('users.invalidEmail');
  if (nip !== '' && !isValidNip(nip)) errors.nip = t('users.invalidNip');
  if (roles.length === 0) errors.roles = t('users.rolesRequired');
  return errors;
}
