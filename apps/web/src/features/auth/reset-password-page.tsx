import { Alert, Anchor, Button, Paper, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { ResetPasswordDocument } from '../../gql/generated';
import { PATHS } from '../../lib/paths';
import { useErrorMessage } from '../../lib/use-error-message';
import type { SignInLocationState } from './auth-provider';
import { NewPasswordFields } from './new-password-fields';
import { newPasswordProblem } from './password-rules';

/** Page behind a password reset link (`/atur-ulang-sandi?token=...`). */
export function ResetPasswordPage() {
  const { t } = useTranslation();
  const [searchParams] = useSearchParams();
  const token = searchParams.get('token');
  useDocumentTitle(`${t('resetPassword.documentTitle')} · ${t('app.name')}`);

  return (
    <Paper withBorder radius="md" p={{ base: 'md', sm: 'xl' }} maw={440} mx="auto" mt={{ base: 0, sm: 'xl' }}>
      <Stack gap="lg">
        <Title order={1} size="h2">
          {t('resetPassword.title')}
        </Title>
        {token ? (
          <ResetPasswordForm token={token} />
        ) : (
          <>
            <Alert color="red" variant="light">
              {t('resetPassword.missingToken')}
            </Alert>
            <Anchor component={Link} to={PATHS.signIn}>
              {t('resetPassword.toSignIn')}
            </Anchor>
          </>
        )}
      </Stack>
    </Paper>
  );
}

function ResetPasswordForm({ token }: { token: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const describeError = useErrorMessage();
  const [resetPassword, { loading, error }] = useMutation(ResetPasswordDocument);
  const [password, setPassword] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [submitted, setSubmitted] = useState(false);

  const problem = newPasswordProblem(password, confirmation);

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSubmitted(true);
    if (problem) return;
    try {
      await resetPassword({ variables: { input: { token, newPassword: password } } });
      const state: SignInLocationState = { notice: 'passwordReset' };
      void navigate(PATHS.signIn, { replace: true, state });
    } catch {
      // Shown through `error` (expired or used link, password refused).
    }
  };

  return (
    <form onSubmit={(event) => void handleSubmit(event)} noValidate>
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {t('resetPassword.intro')}
        </Text>
        {error && (
          <Alert color="red" variant="light">
            {describeError(error)}
          </Alert>
        )}
        <NewPasswordFields
          password={password}
          confirmation={confirmation}
          problem={problem}
          showProblem={submitted}
          onPasswordChange={setPassword}
          onConfirmationChange={setConfirmation}
        />
        <Button type="submit" size="md" loading={loading} fullWidth>
          {t('resetPassword.submit')}
        </Button>
      </Stack>
    </form>
  );
}
