import dayjs from 'dayjs';
import type {
  AuthoringLessonFieldsFragment,
  QuizLayout,
  QuizReviewPolicy,
  QuizRole,
  QuizScoring,
  QuizSelection,
  QuizSettingsInput,
} from '../../../gql/generated';

export type SavedQuizSettings = NonNullable<AuthoringLessonFieldsFragment['quiz']>;

export const REVIEW_POLICIES: readonly QuizReviewPolicy[] = ['NEVER', 'AFTER_ATTEMPT', 'AFTER_PASSING', 'AFTER_CLOSE'];
export const QUIZ_ROLES: readonly QuizRole[] = ['NONE', 'PRE_TEST', 'POST_TEST'];
export const QUIZ_LAYOUTS: readonly QuizLayout[] = ['ONE_PER_PAGE', 'ALL_ON_PAGE'];
export const QUIZ_SCORINGS: readonly QuizScoring[] = ['HIGHEST', 'LAST'];

/** The server's limits (CONTRACT: quiz settings checks). */
export const QUIZ_LIMITS = {
  maxFixedQuestions: 200,
  maxDraws: 20,
  maxDrawCount: 200,
  maxTimeLimitMinutes: 1440,
  maxAttempts: 100,
} as const;

export interface DrawRow {
  rowKey: string;
  tag: string;
  count: number | string;
}

/** What the settings panel edits; dates as the date-time picker holds them (`YYYY-MM-DD HH:mm:ss`, local time). */
export interface QuizSettingsValues {
  selection: QuizSelection;
  questionIds: string[];
  draws: DrawRow[];
  shuffleQuestions: boolean;
  shuffleOptions: boolean;
  layout: QuizLayout;
  timeLimitMinutes: number | string;
  maxAttempts: number | string;
  passingPercent: number | string;
  opensAt: string | null;
  closesAt: string | null;
  scoring: QuizScoring;
  review: QuizReviewPolicy;
  correctAnswers: QuizReviewPolicy;
  role: QuizRole;
}

const PICKER_FORMAT = 'YYYY-MM-DD HH:mm:ss';

let nextDrawKey = 0;
export function newDraw(tag = '', count: number | string = 1): DrawRow {
  nextDrawKey += 1;
  return { rowKey: `draw-${String(nextDrawKey)}`, tag, count };
}

/** An ISO instant as the picker shows it, in the user's time zone. */
export function pickerValueOf(iso: string | null): string | null {
  return iso ? dayjs(iso).format(PICKER_FORMAT) : null;
}

/** The picker's local date-time as an ISO instant. */
export function isoOf(pickerValue: string | null): string | null {
  if (!pickerValue) return null;
  const parsed = dayjs(pickerValue);
  return parsed.isValid() ? parsed.toISOString() : null;
}

export function quizSettingsValuesOf(saved: SavedQuizSettings): QuizSettingsValues {
  return {
    selection: saved.selection,
    questionIds: [...saved.questionIds],
    draws: saved.draws.map((draw) => newDraw(draw.tag, draw.count)),
    shuffleQuestions: saved.shuffleQuestions,
    shuffleOptions: saved.shuffleOptions,
    layout: saved.layout,
    timeLimitMinutes: saved.timeLimitMinutes ?? '',
    maxAttempts: saved.maxAttempts ?? '',
    passingPercent: saved.passingPercent,
    opensAt: pickerValueOf(saved.opensAt),
    closesAt: pickerValueOf(saved.closesAt),
    scoring: saved.scoring,
    review: saved.review,
    correctAnswers: saved.correctAnswers,
    role: saved.role,
  };
}

function wholeOrNull(value: number | string): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (value.trim() === '') return null;
  const parsed = Number(value);
  return Number.isFinite(parsed) ? parsed : null;
}

/** The whole settings (the mutation replaces them). Only the chosen selection's list is sent filled. */
export function quizSettingsInputOf(values: QuizSettingsValues): QuizSettingsInput {
  return {
    selection: values.selection,
    questionIds: values.selection === 'FIXED' ? values.questionIds : [],
    draws:
      values.selection === 'RANDOM'
        ? values.draws.map((draw) => ({ tag: draw.tag.trim(), count: wholeOrNull(draw.count) ?? 0 }))
        : [],
    shuffleQuestions: values.shuffleQuestions,
    shuffleOptions: values.shuffleOptions,
    layout: values.layout,
    timeLimitMinutes: wholeOrNull(values.timeLimitMinutes),
    maxAttempts: wholeOrNull(values.maxAttempts),
    passingPercent: wholeOrNull(values.passingPercent) ?? 0,
    opensAt: isoOf(values.opensAt),
    closesAt: isoOf(values.closesAt),
    scoring: values.scoring,
    review: values.review,
    correctAnswers: values.correctAnswers,
    role: values.role,
  };
}

/** Keys under `quizAuthoring.settings.problems`. */
export type QuizSettingsProblem =
  | 'tooManyQuestions'
  | 'drawsCount'
  | 'drawTag'
  | 'drawCount'
  | 'drawTagTwice'
  | 'timeLimit'
  | 'maxAttempts'
  | 'passingPercent'
  | 'closesBeforeOpens'
  | 'afterCloseNeedsClose';

export type QuizSettingsField = 'questionIds' | 'draws' | 'timeLimitMinutes' | 'maxAttempts' | 'passingPercent' | 'closesAt' | 'review' | 'correctAnswers';

export type QuizSettingsProblems = Partial<Record<QuizSettingsField, QuizSettingsProblem>>;

const isWholeIn = (value: number | null, min: number, max: number) => value !== null && Number.isInteger(value) && value >= min && value <= max;

/** The checks the server makes on save (it says so again in its own words). */
export function validateQuizSettings(values: QuizSettingsValues): QuizSettingsProblems {
  const problems: QuizSettingsProblems = {};
  const input = quizSettingsInputOf(values);
  if (input.selection === 'FIXED' && input.questionIds.length > QUIZ_LIMITS.maxFixedQuestions) problems.questionIds = 'tooManyQuestions';
  if (input.selection === 'RANDOM') {
    const tags = input.draws.map((draw) => draw.tag);
    if (input.draws.length < 1 || input.draws.length > QUIZ_LIMITS.maxDraws) problems.draws = 'drawsCount';
    else if (tags.some((tag) => tag === '')) problems.draws = 'drawTag';
    else if (input.draws.some((draw) => !isWholeIn(draw.count, 1, QUIZ_LIMITS.maxDrawCount))) problems.draws = 'drawCount';
    else if (new Set(tags).size !== tags.length) problems.draws = 'drawTagTwice';
  }
  if (input.timeLimitMinutes !== null && !isWholeIn(input.timeLimitMinutes ?? null, 1, QUIZ_LIMITS.maxTimeLimitMinutes)) {
    problems.timeLimitMinutes = 'timeLimit';
  }
  if (input.maxAttempts !== null && !isWholeIn(input.maxAttempts ?? null, 1, QUIZ_LIMITS.maxAttempts)) problems.maxAttempts = 'maxAttempts';
  if (!isWholeIn(wholeOrNull(values.passingPercent), 0, 100)) problems.passingPercent = 'passingPercent';
  if (input.opensAt && input.closesAt && !(new Date(input.closesAt) > new Date(input.opensAt))) problems.closesAt = 'closesBeforeOpens';
  if (!input.closesAt) {
    if (input.review === 'AFTER_CLOSE') problems.review = 'afterCloseNeedsClose';
    if (input.correctAnswers === 'AFTER_CLOSE') problems.correctAnswers = 'afterCloseNeedsClose';
  }
  return problems;
}

/** Whether the panel differs from what the draft has (compared as they would be sent). */
export function quizSettingsChanged(values: QuizSettingsValues, saved: SavedQuizSettings): boolean {
  return JSON.stringify(quizSettingsInputOf(values)) !== JSON.stringify(quizSettingsInputOf(quizSettingsValuesOf(saved)));
}

/** RANDOM draws asking for more questions than their tag has (publishing refuses those). */
export function drawShortfalls(draws: readonly DrawRow[], tagCounts: ReadonlyMap<string, number>): Map<string, number> {
  const short = new Map<string, number>();
  for (const draw of draws) {
    const tag = draw.tag.trim();
    const count = wholeOrNull(draw.count) ?? 0;
    const available = tagCounts.get(tag) ?? 0;
    if (tag !== '' && count > available) short.set(draw.rowKey, available);
  }
  return short;
}
