import type { AnswerOutcome, AnswerValue, AttemptQuestionValue } from '@lentera/db';
import { isEmptyAnswer } from './empty-answer';
import { normalizeShortAnswer } from './normalize-answer';
import { roundPoints } from './points';

export interface QuestionScore {
  outcome: AnswerOutcome;
  /** Null only while an essay waits for its grade ('pending'). */
  points: number | null;
}

/** Numeric answers within the tolerance plus this are right: 0.1 + 0.2 must equal 0.3. */
const NUMERIC_SLACK = 1e-9;
/** A share this close to 0 or 1 is 0 or 1 (floating point: 1 − 3 × 1/3). */
const SHARE_SLACK = 1e-9;

/**
 * The points one answer earns. The answer is what checkAnswer stored, but scoring does not rely
 * on it: unknown ids simply score nothing, and the result always lies in [0, question.points].
 */
export function scoreQuestion(question: AttemptQuestionValue, answer: AnswerValue | undefined): QuestionScore {
  if (isEmptyAnswer(question.type, answer)) return { outcome: 'unanswered', points: 0 };
  if (question.type === 'essay') return { outcome: 'pending', points: null };
  return scoreShare(question, shareOf(question, answer ?? {}));
}

/** The points and outcome of a share (0..1) of a question's points. */
export function scoreShare(question: Pick<AttemptQuestionValue, 'points'>, share: number): QuestionScore {
  const clamped = clampShare(share);
  const points = Math.min(question.points, Math.max(0, roundPoints(clamped * question.points)));
  return { outcome: outcomeOfShare(clamped), points };
}

export function outcomeOfShare(share: number): Exclude<AnswerOutcome, 'unanswered' | 'pending'> {
  const clamped = clampShare(share);
  if (clamped === 1) return 'correct';
  if (clamped === 0) return 'incorrect';
  return 'partial';
}

function clampShare(share: number): number {
  if (!Number.isFinite(share) || share <= SHARE_SLACK) return 0;
  if (share >= 1 - SHARE_SLACK) return 1;
  return share;
}

function shareOf(question: AttemptQuestionValue, answer: AnswerValue): number {
  switch (question.type) {
    case 'single_choice':
      return singleChoiceShare(question, answer);
    case 'multiple_choice':
      return multipleChoiceShare(question, answer);
    case 'true_false':
      return answer.booleanValue === question.trueFalseAnswer ? 1 : 0;
    case 'short_answer':
      return shortAnswerShare(question, answer);
    case 'numeric':
      return numericShare(question, answer);
    case 'matching':
      return matchingShare(question, answer);
    case 'ordering':
      return orderingShare(question, answer);
    case 'essay':
      return 0;
  }
}

function singleChoiceShare(question: AttemptQuestionValue, answer: AnswerValue): number {
  const picked = new Set(answer.optionIds);
  if (picked.size !== 1) return 0;
  const option = (question.options ?? []).find(({ optionId }) => picked.has(optionId));
  return option?.correct ? 1 : 0;
}

/** correctPicked / C − wrongPicked × p with p = wrongPickPenalty ?? 1/C, never below 0. */
function multipleChoiceShare(question: AttemptQuestionValue, answer: AnswerValue): number {
  const options = question.options ?? [];
  const picked = new Set(answer.optionIds);
  const correctCount = options.filter(({ correct }) => correct).length;
  if (correctCount === 0) return 0;
  const chosen = options.filter(({ optionId }) => picked.has(optionId));
  const correctPicked = chosen.filter(({ correct }) => correct).length;
  const wrongPicked = chosen.length - correctPicked;
  const penalty = question.wrongPickPenalty ?? 1 / correctCount;
  return Math.max(0, correctPicked / correctCount - wrongPicked * penalty);
}

function shortAnswerShare(question: AttemptQuestionValue, answer: AnswerValue): number {
  const given = normalizeShortAnswer(answer.text ?? '');
  return (question.acceptedAnswers ?? []).some((accepted) => normalizeShortAnswer(accepted) === given) ? 1 : 0;
}

function numericShare(question: AttemptQuestionValue, answer: AnswerValue): number {
  if (question.numericAnswer == null || answer.number == null) return 0;
  const tolerance = question.numericTolerance ?? 0;
  return Math.abs(answer.number - question.numericAnswer) <= tolerance + NUMERIC_SLACK ? 1 : 0;
}

/** The share of prompts matched with their own answer. */
function matchingShare(question: AttemptQuestionValue, answer: AnswerValue): number {
  const prompts = question.matchPrompts ?? [];
  if (prompts.length === 0) return 0;
  const chosen = new Map<string, string>();
  for (const { promptId, choiceId } of answer.matches ?? []) if (!chosen.has(promptId)) chosen.set(promptId, choiceId);
  const right = prompts.filter(({ promptId, choiceId }) => chosen.get(promptId) === choiceId).length;
  return right / prompts.length;
}

/** The share of items the learner put at their correct position. */
function orderingShare(question: AttemptQuestionValue, answer: AnswerValue): number {
  const correct = question.correctOrder ?? [];
  if (correct.length === 0) return 0;
  const order = answer.order ?? [];
  const right = correct.filter((itemId, index) => order[index] === itemId).length;
  return right / correct.length;
}
