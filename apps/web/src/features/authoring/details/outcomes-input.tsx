import { ActionIcon, Button, Group, Input, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export interface OutcomesInputProps {
  values: string[];
  onChange: (values: string[]) => void;
  disabled?: boolean;
}

/** "What the learner gets": one sentence a line, added and removed one by one. */
export function OutcomesInput({ values, onChange, disabled }: OutcomesInputProps) {
  const { t } = useTranslation();
  const replace = (index: number, value: string) => {
    onChange(values.map((current, position) => (position === index ? value : current)));
  };

  return (
    <Input.Wrapper label={t('authoring.fields.learningOutcomes')} description={t('authoring.fields.learningOutcomesHint')}>
      <Stack gap="xs" mt="xs">
        {values.map((value, index) => (
          // Position is the identity of a line: lines have no id of their own.
          <Group key={index} gap="xs" wrap="nowrap">
            <TextInput
              aria-label={t('authoring.fields.outcomeNumber', { number: index + 1 })}
              value={value}
              disabled={disabled}
              maxLength={300}
              style={{ flex: 1 }}
              onChange={(event) => {
                replace(index, event.currentTarget.value);
              }}
            />
            <ActionIcon
              variant="subtle"
              color="gray"
              size="lg"
              disabled={disabled}
              aria-label={t('authoring.fields.removeOutcome', { number: index + 1 })}
              onClick={() => {
                onChange(values.filter((_, position) => position !== index));
              }}
            >
              ×
            </ActionIcon>
          </Group>
        ))}
        <Button
          variant="subtle"
          size="compact-sm"
          disabled={disabled}
          style={{ alignSelf: 'flex-start' }}
          onClick={() => {
            onChange([...values, '']);
          }}
        >
          + {t('authoring.fields.addOutcome')}
        </Button>
      </Stack>
    </Input.Wrapper>
  );
}
