import { useTranslation } from 'react-i18next';
import { PasswordField } from '../../components/password-field';
import { MIN_PASSWORD_LENGTH, type NewPasswordProblem } from './password-rules';

interface NewPasswordFieldsProps {
  password: string;
  confirmation: string;
  problem: NewPasswordProblem;
  /** Problems show only after a first submit, not while the person is still typing. */
  showProblem: boolean;
  onPasswordChange: (value: string) => void;
  onConfirmationChange: (value: string) => void;
}

/** A new password typed twice, with the length rule stated up front. */
export function NewPasswordFields({ password, confirmation, problem, showProblem, onPasswordChange, onConfirmationChange }: NewPasswordFieldsProps) {
  const { t } = useTranslation();
  return (
    <>
      <PasswordField
        label={t('password.new')}
        description={t('password.rule', { count: MIN_PASSWORD_LENGTH })}
        autoComplete="new-password"
        required
        value={password}
        error={showProblem && problem === 'tooShort' ? t('password.tooShort', { count: MIN_PASSWORD_LENGTH }) : undefined}
        onChange={(event) => onPasswordChange(event.currentTarget.value)}
      />
      <PasswordField
        label={t('password.confirm')}
        autoComplete="new-password"
        required
        value={confirmation}
        error={showProblem && problem === 'mismatch' ? t('password.mismatch') : undefined}
        onChange={(event) => onConfirmationChange(event.currentTarget.value)}
      />
    </>
  );
}
