import { Button, Group, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

export interface ModuleTitleFormProps {
  initialTitle?: string;
  label: string;
  submitLabel: string;
  placeholder?: string;
  /** Resolves true when saved (the form then clears or closes). */
  onSubmit: (title: string) => Promise<boolean>;
  onCancel?: () => void;
  disabled?: boolean;
}

/** A module's title: for a new module and for renaming one. */
export function ModuleTitleForm({ initialTitle = '', label, submitLabel, placeholder, onSubmit, onCancel, disabled }: ModuleTitleFormProps) {
  const { t } = useTranslation();
  const [title, setTitle] = useState(initialTitle);
  const [error, setError] = useState<string | null>(null);
  const [sending, setSending] = useState(false);

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    // Inside the outline form of another module: keep the event there.
    event.stopPropagation();
    const trimmed = title.trim();
    if (trimmed === '') {
      setError(t('form.required'));
      return;
    }
    setSending(true);
    const saved = await onSubmit(trimmed);
    setSending(false);
    if (saved && !onCancel) setTitle('');
  };

  return (
    <form onSubmit={(event) => void handleSubmit(event)} noValidate style={{ flex: 1, minWidth: 0 }}>
      <Group gap="xs" align="flex-start" wrap="wrap">
        <TextInput
          label={label}
          placeholder={placeholder}
          value={title}
          error={error}
          maxLength={200}
          disabled={disabled}
          style={{ flex: '1 1 220px' }}
          autoFocus={Boolean(onCancel)}
          onChange={(event) => {
            setTitle(event.currentTarget.value);
            setError(null);
          }}
          onKeyDown={(event) => {
            if (event.key === 'Escape' && onCancel) onCancel();
          }}
        />
        <Group gap="xs" mt={{ base: 0, xs: 25 }}>
          <Button type="submit" loading={sending} disabled={disabled}>
            {submitLabel}
          </Button>
          {onCancel && (
            <Button variant="default" onClick={onCancel}>
              {t('form.cancel')}
            </Button>
          )}
        </Group>
      </Group>
    </form>
  );
}
