import { Alert, Button, Stack } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PasswordField } from '../../components/password-field';
import { ChangePasswordDocument } from '../../gql/generated';
import { errorField } from '../../lib/api-error';
import { useErrorMessage } from '../../lib/use-error-message';
import { useAuthSession, useSignedInUser } from '../auth/auth-context';
import { NewPasswordFields } from '../auth/new-password-fields';
import { newPasswordProblem } from '../auth/password-rules';

/** Current password + new one twice. The API then ends every other session. */
export function ChangePasswordForm() {
  const { t } = useTranslation();
  const describeError = useErrorMessage();
  const session = useAuthSession();
  const user = useSignedInUser();
  const [changePassword, { loading, error, reset }] = useMutation(ChangePasswordDocument);
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const [changed, setChanged] = useState(false);

  const problem = newPasswordProblem(next, confirmation);
  const currentMissing = current === '';

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSubmitted(true);
    setChanged(false);
    if (problem || currentMissing) return;
    try {
      const { data } = await changePassword({ variables: { input: { currentPassword: current, newPassword: next } } });
      if (data) session.signedIn(data.changePassword);
    } catch {
      return; // Shown through `error`.
    }
    setCurrent('');
    setNext('');
    setConfirmation('');
    setSubmitted(false);
    setChanged(true);
    reset();
  };

  return (
    <form onSubmit={(event) => void handleSubmit(event)} noValidate>
      {/* Lets password managers file the new password under the right account. */}
      <input type="text" name="username" autoComplete="username" value={user.email ?? user.nip ?? ''} readOnly hidden />
      <Stack gap="md" maw={420}>
        {changed && (
          <Alert color="green" variant="light" title={t('profile.passwordChangedTitle')}>
            {t('profile.passwordChanged')}
          </Alert>
        )}
        {error && (
          <Alert color="red" variant="light">
            {describeError(error)}
          </Alert>
        )}
        <PasswordField
          label={t('password.current')}
          autoComplete="current-password"
          required
          value={current}
          error={submitted && currentMissing ? t('form.required') : errorField(error) === 'currentPassword'}
          onChange={(event) => {
            setCurrent(event.currentTarget.value);
          }}
        />
        <NewPasswordFields
          password={next}
          confirmation={confirmation}
          problem={problem}
          showProblem={submitted}
          onPasswordChange={setNext}
          onConfirmationChange={setConfirmation}
        />
        <Button type="submit" loading={loading} style={{ alignSelf: 'flex-start' }}>
          {t('profile.changePassword')}
        </Button>
      </Stack>
    </form>
  );
}
