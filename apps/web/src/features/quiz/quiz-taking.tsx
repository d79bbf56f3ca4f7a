import { Alert, Box, Button, Group, Paper, SegmentedControl, Stack, Text } from '@mantine/core';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { QuizAttemptFieldsFragment, QuizLayout } from '../../gql/generated';
import type { AnswerDraft } from './answer-value';
import { answerState, emptyDraft, mergeAnswers, toAnswerInput } from './answer-value';
import { readLayoutChoice, saveLayoutChoice } from './layout-choice';
import { QuizCountdown } from './quiz-countdown';
import { QuizNavigator } from './quiz-navigator';
import type { AttemptQuestion } from './quiz-question';
import { QuizQuestion } from './quiz-question';
import { LateAnswersNotice, SaveStatus } from './save-status';
import { SubmitDialog } from './submit-dialog';
import { useAnswerSync } from './use-answer-sync';
import { ServerClock, useCountdown } from './use-countdown';

/** Height of the app's header (AppShell): the sticky bar sits below it. */
const APP_HEADER_PX = 56;

export interface QuizTakingProps {
  attempt: QuizAttemptFieldsFragment;
  /** Handed in elsewhere (another tab, the deadline): load the attempt again. */
  onClosed: () => void;
}

/**
 * An attempt in progress: countdown, autosave indicator, navigator, the questions (one per screen
 * or all on one page) and "Kumpulkan". Every change is saved in the background (useAnswerSync).
 */
export function QuizTaking({ attempt, onClosed }: QuizTakingProps) {
  const { t } = useTranslation();
  const [clock] = useState(() => new ServerClock());
  const { sync, status } = useAnswerSync({ attemptId: attempt.id, onServerNow: (serverNow) => clock.observe(serverNow) });
  const [drafts, setDrafts] = useState(() => mergeAnswers(attempt.answers, sync.unsentAnswers()));
  const questions = useMemo(() => [...attempt.questions].sort((left, right) => left.position - right.position), [attempt.questions]);
  const [layout, setLayout] = useState<QuizLayout>(() => readLayoutChoice(attempt.id) ?? attempt.layout);
  const [current, setCurrent] = useState(0);
  const [confirming, setConfirming] = useState(false);
  const [timeUp, setTimeUp] = useState(false);
  const headings = useRef(new Map<number, HTMLHeadingElement>());
  const focusAfterRender = useRef<number | null>(null);

  const handleExpire = useCallback(() => {
    setTimeUp(true);
    setConfirming(false);
    sync.submit();
  }, [sync]);
  const countdown = useCountdown(attempt.deadline, attempt.serverNow, clock, handleExpire);
  const states = questions.map((question) => answerState(question, drafts.get(question.id)));
  const answered = states.filter((state) => state === 'answered').length;
  const locked = status.submitPending || status.submitted || status.closed || timeUp;

  useEffect(() => {
    if (status.closed) onClosed();
  }, [status.closed, onClosed]);

  useEffect(() => {
    const index = focusAfterRender.current;
    if (index === null) return;
    focusAfterRender.current = null;
    const heading = headings.current.get(index);
    heading?.focus({ preventScroll: true });
    heading?.closest('section')?.scrollIntoView({ block: 'start', behavior: 'smooth' });
  }, [current, layout]);

  const handleChange = (question: AttemptQuestion, draft: AnswerDraft) => {
    if (locked) return;
    setDrafts((previous) => new Map(previous).set(question.id, draft));
    sync.change(toAnswerInput(question.type, draft));
  };

  const goTo = (index: number) => {
    focusAfterRender.current = index;
    setCurrent(index);
    if (layout === 'ALL_ON_PAGE' && index === current) {
      // Same state, no re-render: scroll now.
      const heading = headings.current.get(index);
      heading?.focus({ preventScroll: true });
      heading?.closest('section')?.scrollIntoView({ block: 'start', behavior: 'smooth' });
    }
  };

  const handleConfirmSubmit = () => {
    setConfirming(false);
    sync.submit();
  };

  const headingRef = (index: number) => (element: HTMLHeadingElement | null) => {
    if (element) headings.current.set(index, element);
    else headings.current.delete(index);
  };

  const renderQuestion = (question: AttemptQuestion, index: number) => (
    <QuizQuestion
      key={question.id}
      question={question}
      number={index + 1}
      total={questions.length}
      draft={drafts.get(question.id) ?? emptyDraft(question.id)}
      onChange={handleChange}
      disabled={locked}
      headingRef={headingRef(index)}
      onFocusInside={layout === 'ALL_ON_PAGE' ? () => setCurrent(index) : undefined}
    />
  );

  if (questions.length === 0) return <Alert color="yellow">{t('quiz.attempt.noQuestions')}</Alert>;
  const shown = Math.min(current, questions.length - 1);

  return (
    <Stack gap="md">
      <Paper withBorder radius="md" p="xs" pos="sticky" top={APP_HEADER_PX + 4} style={{ zIndex: 5 }} shadow="xs">
        <Group justify="space-between" gap="xs" wrap="wrap">
          {attempt.deadline ? <QuizCountdown countdown={countdown} /> : <Text size="xs" c="dimmed">{t('quiz.countdown.noLimit')}</Text>}
          <SaveStatus status={status} onRetry={() => sync.retryNow()} />
        </Group>
      </Paper>

      {countdown.warning && !countdown.expired && (
        <Alert color="red" variant="light" role="alert" data-testid="quiz-time-warning">
          {t('quiz.countdown.warning')}
        </Alert>
      )}
      {timeUp && (
        <Alert color="orange" variant="light" role="alert">
          {t('quiz.attempt.timeUp')}
        </Alert>
      )}
      {status.late && <LateAnswersNotice />}

      <Group justify="space-between" gap="xs" wrap="wrap">
        <Text size="sm" c="dimmed" aria-live="polite">
          {t('quiz.attempt.answeredCount', { answered, total: questions.length })}
        </Text>
        <SegmentedControl
          size="xs"
          aria-label={t('quiz.attempt.layoutLabel')}
          value={layout}
          onChange={(value) => {
            focusAfterRender.current = shown;
            setLayout(value as QuizLayout);
            saveLayoutChoice(attempt.id, value as QuizLayout);
          }}
          data={[
            { value: 'ONE_PER_PAGE', label: t('quiz.attempt.layoutOne') },
            { value: 'ALL_ON_PAGE', label: t('quiz.attempt.layoutAll') },
          ]}
        />
      </Group>
      <QuizNavigator states={states} current={shown} onSelect={goTo} />

      {layout === 'ONE_PER_PAGE' ? (
        <Stack gap="sm">
          {renderQuestion(questions[shown], shown)}
          <Group justify="space-between" gap="sm" grow>
            <Button variant="default" size="md" disabled={shown === 0} onClick={() => goTo(shown - 1)} aria-label={t('quiz.attempt.previous')}>
              <span aria-hidden="true">←&nbsp;</span>
              {t('quiz.attempt.previousShort')}
            </Button>
            <Button
              variant="default"
              size="md"
              disabled={shown === questions.length - 1}
              onClick={() => goTo(shown + 1)}
              aria-label={t('quiz.attempt.next')}
            >
              {t('quiz.attempt.nextShort')}
              <span aria-hidden="true">&nbsp;→</span>
            </Button>
          </Group>
        </Stack>
      ) : (
        <Stack gap="md">{questions.map(renderQuestion)}</Stack>
      )}

      <Box>
        {status.submitPending && status.state === 'offline' && (
          <Alert color="orange" variant="light" mb="sm" data-testid="quiz-submit-queued">
            {t('quiz.attempt.submitQueued')}
          </Alert>
        )}
        <Button
          size="md"
          fullWidth
          onClick={() => setConfirming(true)}
          disabled={locked}
          loading={status.submitPending && status.state !== 'offline'}
          data-testid="quiz-submit"
        >
          {status.submitPending ? t('quiz.attempt.submitting') : t('quiz.attempt.submit')}
        </Button>
      </Box>

      <SubmitDialog
        opened={confirming && !locked}
        states={states}
        offline={status.state === 'offline'}
        onConfirm={handleConfirmSubmit}
        onClose={() => setConfirming(false)}
        onGoTo={goTo}
      />
    </Stack>
  );
}
