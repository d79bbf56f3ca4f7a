import { Alert, Button, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useMutation } from '@apollo/client/react';
import { useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useSearchParams } from 'react-router';
import { PasswordField } from '../../components/password-field';
import { SignInDocument } from '../../gql/generated';
import { errorCode, retryAfterSeconds } from '../../lib/api-error';
import { normalizeNip } from '../../lib/nip';
import { RETURN_TO_PARAM, safeReturnPath } from '../../lib/paths';
import { useErrorMessage } from '../../lib/use-error-message';
import { useAuthSession, useAuthState } from './auth-context';
import type { SignInLocationState } from './auth-provider';

/** Sign-in page (`/masuk?lanjut=<path>`). */
export function SignInPage() {
  const { t } = useTranslation();
  const state = useAuthState();
  const [searchParams] = useSearchParams();
  useDocumentTitle(`${t('signIn.documentTitle')} · ${t('app.name')}`);

  // Signed in (just now, or already): go where the user was headed.
  if (state.status === 'signedIn') {
    const returnTo = safeReturnPath(searchParams.get(RETURN_TO_PARAM));
    return <Navigate to={returnTo ?? state.homePath} replace />;
  }

  return (
    <Paper withBorder radius="md" p={{ base: 'md', sm: 'xl' }} maw={440} mx="auto" mt={{ base: 0, sm: 'xl' }}>
      <Stack gap="lg">
        <div>
          <Title order={1} size="h2">
            {t('signIn.title')}
          </Title>
          <Text c="dimmed" size="sm" mt={4}>
            {t('signIn.intro')}
          </Text>
        </div>
        <SignInNotice />
        <SignInForm />
        <Text size="sm" c="dimmed">
          {t('signIn.forgotPassword')}
        </Text>
      </Stack>
    </Paper>
  );
}

function SignInNotice() {
  const { t } = useTranslation();
  const { notice } = (useLocation().state ?? {}) as SignInLocationState;
  if (!notice) return null;
  return (
    <Alert color={notice === 'sessionExpired' ? 'yellow' : 'green'} variant="light">
      {t(`signIn.notice.${notice}`)}
    </Alert>
  );
}

/** Email addresses are kept as typed; a NIP loses the spaces people copy with it. */
function normalizeIdentifier(value: string): string {
  const trimmed = value.trim();
  return trimmed.includes('@') ? trimmed : normalizeNip(trimmed);
}

function SignInForm() {
  const { t } = useTranslation();
  const session = useAuthSession();
  const describeError = useErrorMessage();
  const [signIn, { loading, error }] = useMutation(SignInDocument);
  const [identifier, setIdentifier] = useState('');
  const [password, setPassword] = useState('');
  const [showMissing, setShowMissing] = useState(false);
  const passwordRef = useRef<HTMLInputElement>(null);

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (identifier.trim() === '' || password === '') {
      setShowMissing(true);
      return;
    }
    setShowMissing(false);
    try {
      const { data } = await signIn({ variables: { input: { identifier: normalizeIdentifier(identifier), password } } });
      if (data) session.signedIn(data.signIn);
    } catch (signInError) {
      // Shown through `error`; wrong credentials: type the password again.
      if (errorCode(signInError) === 'UNAUTHENTICATED') {
        setPassword('');
        passwordRef.current?.focus();
      }
    }
  };

  const code = error ? errorCode(error) : null;
  const waitSeconds = error ? retryAfterSeconds(error) : null;
  const errorText =
    code === 'TOO_MANY_REQUESTS' && waitSeconds !== null
      ? t('signIn.throttled', { count: Math.max(1, Math.ceil(waitSeconds / 60)) })
      : error && describeError(error);

  return (
    <form onSubmit={(event) => void handleSubmit(event)} noValidate>
      <Stack gap="md">
        {errorText && (
          <Alert color="red" variant="light" title={code === 'TOO_MANY_REQUESTS' ? t('signIn.throttledTitle') : undefined}>
            {errorText}
          </Alert>
        )}
        <TextInput
          label={t('signIn.identifier')}
          description={t('signIn.identifierHint')}
          name="username"
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          required
          error={showMissing && identifier.trim() === '' ? t('form.required') : undefined}
          value={identifier}
          onChange={(event) => {
            setIdentifier(event.currentTarget.value);
          }}
        />
        <PasswordField
          ref={passwordRef}
          label={t('signIn.password')}
          name="password"
          autoComplete="current-password"
          required
          value={password}
          error={showMissing && password === '' ? t('form.required') : code === 'UNAUTHENTICATED'}
          onChange={(event) => {
            setPassword(event.currentTarget.value);
          }}
        />
        <Button type="submit" size="md" loading={loading} fullWidth>
          {t('signIn.submit')}
        </Button>
      </Stack>
    </form>
  );
}
