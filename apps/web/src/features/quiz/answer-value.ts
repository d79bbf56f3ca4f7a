import type { AnswerInput, QuestionType } from '../../gql/generated';

/** One question's answer as the screen holds it: every field present, only those of its type used. */
export interface AnswerDraft {
  questionId: string;
  optionIds: string[];
  booleanValue: boolean | null;
  text: string | null;
  number: number | null;
  matches: { promptId: string; choiceId: string }[];
  order: string[];
}

/** A saved answer from the server (SavedAnswer) or a queued one (AnswerInput). */
type AnswerLike = {
  questionId: string | number;
  optionIds?: readonly (string | number)[] | null;
  booleanValue?: boolean | null;
  text?: string | null;
  number?: number | null;
  matches?: readonly { promptId: string | number; choiceId: string | number }[] | null;
  order?: readonly (string | number)[] | null;
};

export type AnswerState = 'answered' | 'partial' | 'unanswered';

/** What a question needs to know about itself to judge its answer. */
export interface QuestionShape {
  type: QuestionType;
  matchPrompts: readonly { id: string }[];
}

export function emptyDraft(questionId: string): AnswerDraft {
  return { questionId, optionIds: [], booleanValue: null, text: null, number: null, matches: [], order: [] };
}

export function draftFrom(answer: AnswerLike): AnswerDraft {
  return {
    questionId: String(answer.questionId),
    optionIds: (answer.optionIds ?? []).map(String),
    booleanValue: answer.booleanValue ?? null,
    text: answer.text ?? null,
    number: answer.number ?? null,
    matches: (answer.matches ?? []).map(({ promptId, choiceId }) => ({ promptId: String(promptId), choiceId: String(choiceId) })),
    order: (answer.order ?? []).map(String),
  };
}

/**
 * The API's input for one answer: only the field of the question's type, empty when the learner
 * cleared it ("an empty answer clears it").
 */
export function toAnswerInput(type: QuestionType, draft: AnswerDraft): AnswerInput {
  const { questionId } = draft;
  switch (type) {
    case 'SINGLE_CHOICE':
    case 'MULTIPLE_CHOICE':
      return { questionId, optionIds: draft.optionIds };
    case 'TRUE_FALSE':
      return { questionId, booleanValue: draft.booleanValue };
    case 'SHORT_ANSWER':
    case 'ESSAY':
      return { questionId, text: draft.text ?? '' };
    case 'NUMERIC':
      return { questionId, number: draft.number };
    case 'MATCHING':
      return { questionId, matches: draft.matches };
    case 'ORDERING':
      return { questionId, order: draft.order };
  }
}

/** Answered, partly answered (some matching prompts left) or not answered: the navigator and the submit check. */
export function answerState(question: QuestionShape, draft: AnswerDraft | undefined): AnswerState {
  if (!draft) return 'unanswered';
  switch (question.type) {
    case 'SINGLE_CHOICE':
    case 'MULTIPLE_CHOICE':
      return draft.optionIds.length > 0 ? 'answered' : 'unanswered';
    case 'TRUE_FALSE':
      return draft.booleanValue === null ? 'unanswered' : 'answered';
    case 'SHORT_ANSWER':
    case 'ESSAY':
      return (draft.text ?? '').trim() === '' ? 'unanswered' : 'answered';
    case 'NUMERIC':
      return draft.number !== null && Number.isFinite(draft.number) ? 'answered' : 'unanswered';
    case 'ORDERING':
      return draft.order.length > 0 ? 'answered' : 'unanswered';
    case 'MATCHING': {
      const matched = new Set(draft.matches.map((match) => match.promptId));
      const count = question.matchPrompts.filter((prompt) => matched.has(prompt.id)).length;
      if (count === 0) return 'unanswered';
      return count === question.matchPrompts.length ? 'answered' : 'partial';
    }
  }
}

/** The server's saved answers with the device's unsent ones over them (those are newer). */
export function mergeAnswers(saved: readonly AnswerLike[], unsent: readonly AnswerLike[]): Map<string, AnswerDraft> {
  const drafts = new Map<string, AnswerDraft>();
  for (const answer of saved) drafts.set(String(answer.questionId), draftFrom(answer));
  for (const answer of unsent) drafts.set(String(answer.questionId), draftFrom(answer));
  return drafts;
}
