import { Button, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { verificationPath } from './certificate-paths';

/** Typing the code printed on a certificate, for who cannot scan its QR code. */
export function VerifyCodeForm({ initialCode = '' }: { initialCode?: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [code, setCode] = useState(initialCode);
  const [missing, setMissing] = useState(false);

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    // The API forgives dashes, spaces and case; only surrounding blanks are trimmed here.
    const typed = code.trim();
    if (!typed) {
      setMissing(true);
      return;
    }
    void navigate(verificationPath(typed));
  };

  return (
    <form onSubmit={handleSubmit} noValidate data-testid="verify-code-form">
      <Stack gap="sm" maw={480}>
        <TextInput
          label={t('certificates.verify.codeLabel')}
          description={t('certificates.verify.codeHint')}
          placeholder={t('certificates.verify.codePlaceholder')}
          value={code}
          onChange={(event) => {
            setCode(event.currentTarget.value);
            setMissing(false);
          }}
          error={missing ? t('form.required') : undefined}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          size="md"
          data-testid="verify-code-input"
        />
        <Button type="submit" size="md" style={{ alignSelf: 'flex-start' }} data-testid="verify-code-submit">
          {t('certificates.verify.submit')}
        </Button>
      </Stack>
    </form>
  );
}
