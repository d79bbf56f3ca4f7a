import { Group, NumberInput, Text } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isJpRangeValid } from './catalogue-search-params';

const JP_DELAY_MS = 500;
const JP_LIMIT = 9999;

interface JpRange {
  jpMin: number | null;
  jpMax: number | null;
}

export interface JpRangeInputsProps extends JpRange {
  onChange: (range: JpRange) => void;
}

const toBound = (value: number | string): number | null =>
  typeof value === 'number' && Number.isFinite(value) ? Math.max(0, Math.floor(value)) : null;

/** Minimum and maximum JP; applied once the user stops typing, so "12" does not search for 1 first. */
export function JpRangeInputs({ jpMin, jpMax, onChange }: JpRangeInputsProps) {
  const { t } = useTranslation();
  const [range, setRange] = useState<JpRange>({ jpMin, jpMax });
  const [shown, setShown] = useState<JpRange>({ jpMin, jpMax });
  const debouncedChange = useDebouncedCallback((next: JpRange) => {
    onChange(next);
  }, JP_DELAY_MS);

  // Filters cleared or changed elsewhere: show what the address bar holds.
  if (jpMin !== shown.jpMin || jpMax !== shown.jpMax) {
    setShown({ jpMin, jpMax });
    setRange({ jpMin, jpMax });
  }

  const change = (next: JpRange) => {
    setRange(next);
    debouncedChange(next);
  };
  const invalid = !isJpRangeValid(range);

  return (
    <div>
      <Group gap="sm" grow wrap="nowrap" align="flex-start">
        <NumberInput
          label={t('learning.catalogue.jpMin')}
          min={0}
          max={JP_LIMIT}
          allowDecimal={false}
          allowNegative={false}
          inputMode="numeric"
          value={range.jpMin ?? ''}
          error={invalid}
          onChange={(value) => {
            change({ ...range, jpMin: toBound(value) });
          }}
        />
        <NumberInput
          label={t('learning.catalogue.jpMax')}
          min={0}
          max={JP_LIMIT}
          allowDecimal={false}
          allowNegative={false}
          inputMode="numeric"
          value={range.jpMax ?? ''}
          error={invalid}
          onChange={(value) => {
            change({ ...range, jpMax: toBound(value) });
          }}
        />
      </Group>
      {invalid && (
        <Text size="xs" c="red.8" mt={4} role="alert">
          {t('learning.catalogue.jpRangeInvalid')}
        </Text>
      )}
    </div>
  );
}
