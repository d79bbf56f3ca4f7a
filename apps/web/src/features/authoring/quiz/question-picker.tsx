import { ActionIcon, Badge, Button, Group, Input, Paper, ScrollArea, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { skipToken, useApolloClient, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ListPager } from '../../../components/list-pager';
import { BankQuestionFieldsFragmentDoc, BankQuestionsDocument } from '../../../gql/generated';
import type { BankQuestionFieldsFragment } from '../../../gql/generated';
import { moveRow } from '../../quiz-bank/question-form';
import { useQuestionBank } from '../../quiz-bank/use-question-bank';

const PICKER_PAGE_SIZE = 50;
const SEARCH_DELAY_MS = 300;

export interface QuestionPickerProps {
  courseId: string;
  questionIds: readonly string[];
  error?: string;
  disabled: boolean;
  onChange: (questionIds: string[]) => void;
}

/** FIXED selection: questions taken from the bank, in the order the quiz shows them (unless shuffled). */
export function QuestionPicker({ courseId, questionIds, error, disabled, onChange }: QuestionPickerProps) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const [search, setSearch] = useState('');
  const [debouncedSearch] = useDebouncedValue(search.trim(), SEARCH_DELAY_MS);
  const bank = useQuestionBank(courseId, { tag: null, search: debouncedSearch }, PICKER_PAGE_SIZE);
  const chosen = new Set(questionIds);

  // Questions the page has seen (any bank query) are in the cache; the others (beyond the
  // picker's page of a large bank) are asked for by id, and land in the cache too.
  const known = (id: string): BankQuestionFieldsFragment | null =>
    client.readFragment({
      id: client.cache.identify({ __typename: 'BankQuestion', id }),
      fragment: BankQuestionFieldsFragmentDoc,
      fragmentName: 'BankQuestionFields',
    });
  const unknownIds = questionIds.filter((id) => !known(id));
  const lookup = useQuery(BankQuestionsDocument, unknownIds.length > 0 ? { variables: { courseId, ids: unknownIds } } : skipToken);
  const selected = questionIds.map((id) => ({ id, question: known(id) }));
  const points = Math.round(selected.reduce((sum, entry) => sum + (entry.question?.points ?? 0), 0) * 100) / 100;
  const last = questionIds.length - 1;

  return (
    <Stack gap="sm">
      <Input.Wrapper
        label={t('quizAuthoring.settings.selectionFIXED')}
        description={t('quizAuthoring.settings.fixedHint')}
        error={error}
      >
        <Stack gap="xs" mt={6}>
          <Text size="sm" role="status">
            {t('quizAuthoring.settings.selectedCount', { count: questionIds.length, points })}
          </Text>
          {questionIds.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('quizAuthoring.settings.fixedEmpty')}
            </Text>
          ) : (
            <Stack gap={4} component="ol" p={0} m={0} style={{ listStyle: 'none' }}>
              {selected.map(({ id, question }, index) => {
                const number = index + 1;
                return (
                  <Paper key={id} component="li" withBorder p="xs" radius="sm" data-testid="quiz-selected-question">
                    <Group gap="xs" wrap="nowrap" align="flex-start">
                      <Text size="sm" w={28} ta="right">
                        {number}.
                      </Text>
                      <Stack gap={2} style={{ flex: 1, minWidth: 0 }}>
                        <Text size="sm" lineClamp={2}>
                          {question ? question.prompt : lookup.loading ? t('quizAuthoring.settings.loadingQuestion') : t('quizAuthoring.settings.notLoaded')}
                        </Text>
                        {question && (
                          <Text size="xs" c="dimmed">
                            {t(`quizAuthoring.questionType.${question.type}`)} · {t('quizAuthoring.bank.points', { count: question.points })}
                          </Text>
                        )}
                      </Stack>
                      <ActionIcon
                        variant="default"
                        aria-label={t('quizAuthoring.settings.moveUp', { number })}
                        title={t('quizAuthoring.settings.moveUp', { number })}
                        disabled={disabled || index === 0}
                        onClick={() => {
                          onChange(moveRow(questionIds, index, -1));
                        }}
                      >
                        ↑
                      </ActionIcon>
                      <ActionIcon
                        variant="default"
                        aria-label={t('quizAuthoring.settings.moveDown', { number })}
                        title={t('quizAuthoring.settings.moveDown', { number })}
                        disabled={disabled || index === last}
                        onClick={() => {
                          onChange(moveRow(questionIds, index, 1));
                        }}
                      >
                        ↓
                      </ActionIcon>
                      <Button
                        size="compact-xs"
                        variant="subtle"
                        color="red.8"
                        disabled={disabled}
                        onClick={() => {
                          onChange(questionIds.filter((candidate) => candidate !== id));
                        }}
                      >
                        {t('quizAuthoring.settings.remove')}
                      </Button>
                    </Group>
                  </Paper>
                );
              })}
            </Stack>
          )}
        </Stack>
      </Input.Wrapper>

      <TextInput
        type="search"
        label={t('quizAuthoring.settings.pickerSearch')}
        value={search}
        disabled={disabled}
        onChange={(event) => {
          setSearch(event.currentTarget.value);
        }}
      />
      <ScrollArea.Autosize mah={280} type="auto" offsetScrollbars>
        {bank.questions.length === 0 && !bank.isLoading ? (
          <Text size="sm" c="dimmed">
            {t('quizAuthoring.settings.pickerEmpty')}
          </Text>
        ) : (
          <Stack gap={4} component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
            {bank.questions.map((question) => {
              const isChosen = chosen.has(question.id);
              return (
                <Group key={question.id} component="li" gap="xs" wrap="nowrap" justify="space-between" py={2}>
                  <Stack gap={0} style={{ flex: 1, minWidth: 0 }}>
                    <Text size="sm" lineClamp={1}>
                      {question.prompt}
                    </Text>
                    <Group gap={4}>
                      <Text size="xs" c="dimmed">
                        {t(`quizAuthoring.questionType.${question.type}`)} · {t('quizAuthoring.bank.points', { count: question.points })}
                      </Text>
                      {question.tags.map((tag) => (
                        <Badge key={tag} size="xs" variant="dot" color="teal">
                          {tag}
                        </Badge>
                      ))}
                    </Group>
                  </Stack>
                  <Button
                    size="compact-xs"
                    variant={isChosen ? 'subtle' : 'light'}
                    disabled={disabled || isChosen}
                    onClick={() => {
                      onChange([...questionIds, question.id]);
                    }}
                  >
                    {isChosen ? t('quizAuthoring.settings.added') : t('quizAuthoring.settings.add')}
                  </Button>
                </Group>
              );
            })}
          </Stack>
        )}
      </ScrollArea.Autosize>
      <ListPager list={bank} size="xs" />
    </Stack>
  );
}
