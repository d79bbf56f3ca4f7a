import { ActionIcon, Button, Group, Input, NumberInput, Select, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { QUIZ_LIMITS, drawShortfalls, newDraw } from './quiz-settings-form';
import type { DrawRow } from './quiz-settings-form';

export interface DrawsEditorProps {
  draws: readonly DrawRow[];
  /** The bank's tags and how many questions each has; null while they load (no count is shown then). */
  tagCounts: ReadonlyMap<string, number> | null;
  error?: string;
  disabled: boolean;
  onChange: (draws: DrawRow[]) => void;
}

/** RANDOM selection: per tag, how many questions each learner draws. */
export function DrawsEditor({ draws, tagCounts, error, disabled, onChange }: DrawsEditorProps) {
  const { t } = useTranslation();
  const short = tagCounts ? drawShortfalls(draws, tagCounts) : new Map<string, number>();
  const tagOptions = [...(tagCounts ?? new Map<string, number>()).entries()].map(([tag, count]) => ({
    value: tag,
    label: t('quizAuthoring.bank.tagOption', { tag, count }),
  }));
  const setDraw = (index: number, changes: Partial<DrawRow>) => {
    onChange(draws.map((draw, at) => (at === index ? { ...draw, ...changes } : draw)));
  };

  return (
    <Input.Wrapper label={t('quizAuthoring.settings.selectionRANDOM')} description={t('quizAuthoring.settings.randomHint')} error={error}>
      <Stack gap="xs" mt={6}>
        {tagCounts?.size === 0 && (
          <Text size="sm" c="dimmed">
            {t('quizAuthoring.settings.noTags')}
          </Text>
        )}
        {draws.map((draw, index) => {
          const number = index + 1;
          const tag = draw.tag.trim();
          const available = tagCounts?.get(tag);
          // A tag no question carries any more still shows (with 0); before the counts arrive, without a count.
          const missingOption = tagCounts ? { value: tag, label: t('quizAuthoring.bank.tagOption', { tag, count: 0 }) } : { value: tag, label: tag };
          const shortBy = short.get(draw.rowKey);
          return (
            <Stack key={draw.rowKey} gap={2}>
              <Group gap="xs" wrap="nowrap" align="flex-end">
                <Select
                  style={{ flex: 1 }}
                  label={number === 1 ? t('quizAuthoring.settings.drawTag') : undefined}
                  aria-label={`${t('quizAuthoring.settings.drawTag')} ${String(number)}`}
                  data={tag !== '' && available === undefined ? [...tagOptions, missingOption] : tagOptions}
                  value={tag === '' ? null : tag}
                  searchable
                  disabled={disabled}
                  onChange={(value) => {
                    setDraw(index, { tag: value ?? '' });
                  }}
                />
                <NumberInput
                  w={130}
                  label={number === 1 ? t('quizAuthoring.settings.drawCount') : undefined}
                  aria-label={`${t('quizAuthoring.settings.drawCount')} ${String(number)}`}
                  min={1}
                  // Not clamped on blur: a value out of range gets its message instead of silently becoming the limit.
                  max={QUIZ_LIMITS.maxDrawCount}
                  clampBehavior="none"
                  allowDecimal={false}
                  allowNegative={false}
                  value={draw.count}
                  disabled={disabled}
                  onChange={(count) => {
                    setDraw(index, { count });
                  }}
                />
                <ActionIcon
                  variant="subtle"
                  color="red.8"
                  mb={4}
                  aria-label={t('quizAuthoring.settings.removeDraw', { number })}
                  title={t('quizAuthoring.settings.removeDraw', { number })}
                  disabled={disabled}
                  onClick={() => {
                    onChange(draws.filter((_, at) => at !== index));
                  }}
                >
                  ×
                </ActionIcon>
              </Group>
              {shortBy !== undefined ? (
                <Text size="xs" c="orange.9" role="status">
                  {t('quizAuthoring.settings.drawShort', { count: shortBy })}
                </Text>
              ) : (
                available !== undefined && (
                  <Text size="xs" c="dimmed">
                    {t('quizAuthoring.settings.drawAvailable', { count: available })}
                  </Text>
                )
              )}
            </Stack>
          );
        })}
        <Button
          variant="light"
          size="xs"
          style={{ alignSelf: 'flex-start' }}
          disabled={disabled || draws.length >= QUIZ_LIMITS.maxDraws}
          onClick={() => {
            onChange([...draws, newDraw()]);
          }}
        >
          {t('quizAuthoring.settings.addDraw')}
        </Button>
      </Stack>
    </Input.Wrapper>
  );
}
