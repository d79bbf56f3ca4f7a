import { normalizeForSearch, type QuestionContent, type QuestionRecord, type QuizSettingsRecord } from '@lentera/db';
import { emptyQuestionContent } from './question-bank-format';
import type { QuestionInput } from './question.input';
import type { BankQuestionModel } from './question.model';
import {
  questionTypes,
  quizLayouts,
  quizReviewPolicies,
  quizRoles,
  quizScorings,
  quizSelections,
  storedQuestionTypes,
  storedQuizLayouts,
  storedQuizReviewPolicies,
  storedQuizRoles,
  storedQuizScorings,
  storedQuizSelections,
} from './quiz-enums';
import type { QuizSettingsInput } from './quiz-settings.input';
import type { QuizSettingsModel } from './quiz-settings.model';

export function toBankQuestionModel(record: QuestionRecord): BankQuestionModel {
  return {
    id: record.id,
    courseId: record.courseId,
    key: record.key,
    type: questionTypes[record.type],
    prompt: record.prompt,
    tags: [...record.tags],
    points: record.points,
    feedback: record.feedback,
    options: record.options.map(({ optionId, text, correct, feedback }) => ({ id: optionId, text, correct, feedback: feedback ?? null })),
    wrongPickPenalty: record.wrongPickPenalty,
    trueFalseAnswer: record.trueFalseAnswer,
    acceptedAnswers: [...record.acceptedAnswers],
    numericAnswer: record.numericAnswer,
    numericTolerance: record.numericTolerance,
    pairs: record.pairs.map(({ pairId, prompt, answer }) => ({ id: pairId, prompt, answer })),
    orderItems: record.orderItems.map(({ itemId, text }) => ({ id: itemId, text })),
    rubric: record.rubric.map(({ criterionId, title, points }) => ({ id: criterionId, title, points })),
    revision: record.revision,
    updatedAt: record.updatedAt,
  };
}

/**
 * The content of an editor's input: only the fields of its type. Ids of options, pairs, items
 * and criteria are kept only when `existing` (the question being replaced) has them; any other
 * id is dropped and withContentIds gives a random one, so an author cannot pick an id that tells
 * learners which option is correct.
 */
export function questionContentOf(input: QuestionInput, existing?: QuestionRecord): QuestionContent {
  const type = storedQuestionTypes[input.type];
  const content: QuestionContent = {
    ...emptyQuestionContent(type),
    prompt: input.prompt.trim(),
    tags: cleanTags(input.tags ?? []),
    points: input.points,
    feedback: blankToNull(input.feedback),
  };
  const known = knownIds(existing);
  switch (type) {
    case 'single_choice':
    case 'multiple_choice':
      content.options = (input.options ?? []).map((option, index, all) => ({
        optionId: keptId(option.id, known, all.slice(0, index)),
        text: option.text.trim(),
        correct: option.correct,
        ...(blankToNull(option.feedback) != null && { feedback: blankToNull(option.feedback) as string }),
      }));
      if (type === 'multiple_choice') content.wrongPickPenalty = input.wrongPickPenalty ?? null;
      break;
    case 'true_false':
      content.trueFalseAnswer = input.trueFalseAnswer ?? null;
      break;
    case 'short_answer':
      content.acceptedAnswers = (input.acceptedAnswers ?? []).map((answer) => answer.trim());
      break;
    case 'numeric':
      content.numericAnswer = input.numericAnswer ?? null;
      content.numericTolerance = input.numericTolerance ?? null;
      break;
    case 'matching':
      content.pairs = (input.pairs ?? []).map((pair, index, all) => ({
        pairId: keptId(pair.id, known, all.slice(0, index)),
        prompt: pair.prompt.trim(),
        answer: pair.answer.trim(),
      }));
      break;
    case 'ordering':
      content.orderItems = (input.orderItems ?? []).map((item, index, all) => ({ itemId: keptId(item.id, known, all.slice(0, index)), text: item.text.trim() }));
      break;
    case 'essay':
      content.rubric = (input.rubric ?? []).map((criterion, index, all) => ({
        criterionId: keptId(criterion.id, known, all.slice(0, index)),
        title: criterion.title.trim(),
        points: criterion.points,
      }));
      break;
  }
  return content;
}

/** Trimmed, inner spaces collapsed, blanks and repeats (ignoring case and accents, as the bank compares tags) dropped. */
export function cleanTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const clean: string[] = [];
  for (const tag of tags.map((value) => value.trim().replace(/\s+/g, ' '))) {
    const key = normalizeForSearch(tag);
    if (!tag || seen.has(key)) continue;
    seen.add(key);
    clean.push(tag);
  }
  return clean;
}

function blankToNull(value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}

function knownIds(question: QuestionRecord | undefined): Set<string> {
  if (!question) return new Set();
  return new Set([
    ...question.options.map((option) => option.optionId),
    ...question.pairs.map((pair) => pair.pairId),
    ...question.orderItems.map((item) => item.itemId),
    ...question.rubric.map((criterion) => criterion.criterionId),
  ]);
}

/** The given id when the question already has it and no earlier entry took it; '' otherwise (withContentIds fills it). */
function keptId(id: string | null | undefined, known: ReadonlySet<string>, earlier: ReadonlyArray<{ id?: string | null }>): string {
  if (!id || !known.has(id) || earlier.some((entry) => entry.id === id)) return '';
  return id;
}

export function toQuizSettingsModel(settings: QuizSettingsRecord): QuizSettingsModel {
  return {
    selection: quizSelections[settings.selection],
    questionIds: [...settings.questionIds],
    draws: settings.draws.map(({ tag, count }) => ({ tag, count })),
    shuffleQuestions: settings.shuffleQuestions,
    shuffleOptions: settings.shuffleOptions,
    layout: quizLayouts[settings.layout],
    timeLimitMinutes: settings.timeLimitMinutes,
    maxAttempts: settings.maxAttempts,
    passingPercent: settings.passingPercent,
    opensAt: settings.opensAt,
    closesAt: settings.closesAt,
    scoring: quizScorings[settings.scoring],
    review: quizReviewPolicies[settings.review],
    correctAnswers: quizReviewPolicies[settings.correctAnswers],
    role: quizRoles[settings.role],
  };
}

/** The input as stored settings, unchecked (see checkQuizSettings). */
export function quizSettingsOf(input: QuizSettingsInput): QuizSettingsRecord {
  return {
    selection: storedQuizSelections[input.selection],
    questionIds: [...input.questionIds],
    draws: input.draws.map(({ tag, count }) => ({ tag: tag.trim(), count })),
    shuffleQuestions: input.shuffleQuestions,
    shuffleOptions: input.shuffleOptions,
    layout: storedQuizLayouts[input.layout],
    timeLimitMinutes: input.timeLimitMinutes ?? null,
    maxAttempts: input.maxAttempts ?? null,
    passingPercent: input.passingPercent,
    opensAt: input.opensAt ?? null,
    closesAt: input.closesAt ?? null,
    scoring: storedQuizScorings[input.scoring],
    review: storedQuizReviewPolicies[input.review],
    correctAnswers: storedQuizReviewPolicies[input.correctAnswers],
    role: storedQuizRoles[input.role],
  };
}
