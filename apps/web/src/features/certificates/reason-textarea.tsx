import { Textarea, type TextareaProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { REASON_MAX, REASON_MIN, reasonProblem } from './certificate-reason';

interface ReasonTextareaProps extends Omit<TextareaProps, 'value' | 'onChange' | 'error'> {
  value: string;
  onValueChange: (value: string) => void;
  /** Whether to say what is wrong with the reason yet (after a blur or a submit). */
  showProblem: boolean;
}

/** The reason a revocation, re-issue or key rotation asks for: audited, 5 to 500 characters. */
export function ReasonTextarea({ value, onValueChange, showProblem, ...props }: ReasonTextareaProps) {
  const { t } = useTranslation();
  const problem = reasonProblem(value);
  return (
    <Textarea
      {...props}
      value={value}
      onChange={(event) => {
        onValueChange(event.currentTarget.value);
      }}
      error={showProblem && problem ? t(`certificates.reason.${problem}`, { min: REASON_MIN, max: REASON_MAX }) : undefined}
      autosize
      minRows={3}
      maxLength={REASON_MAX + 50}
      required
      data-autofocus
    />
  );
}
