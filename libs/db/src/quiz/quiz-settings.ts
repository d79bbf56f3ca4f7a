import { Schema, Types } from 'mongoose';

export const quizSelections = ['fixed', 'random'] as const;
export type QuizSelection = (typeof quizSelections)[number];
export const quizLayouts = ['one_per_page', 'all_on_page'] as const;
export type QuizLayout = (typeof quizLayouts)[number];
/** Which graded attempt's score counts for the learner. */
export const quizScorings = ['highest', 'last'] as const;
export type QuizScoring = (typeof quizScorings)[number];
/** When learners may see their reviewed answers, or the correct ones. */
export const quizReviewPolicies = ['never', 'after_attempt', 'after_passing', 'after_close'] as const;
export type QuizReviewPolicy = (typeof quizReviewPolicies)[number];
/** A course has at most one pre-test and one post-test; their scores give the learning gain. */
export const quizRoles = ['none', 'pre_test', 'post_test'] as const;
export type QuizRole = (typeof quizRoles)[number];

export interface QuizDrawRecord {
  tag: string;
  count: number;
}

/** A quiz lesson's settings. They belong to the lesson, so they are versioned and published with it. */
export interface QuizSettingsRecord {
  selection: QuizSelection;
  /** fixed: the bank's questions, in this order. */
  questionIds: string[];
  /** random: how many questions to draw per tag. */
  draws: QuizDrawRecord[];
  shuffleQuestions: boolean;
  shuffleOptions: boolean;
  layout: QuizLayout;
  /** Null: no time limit. */
  timeLimitMinutes: number | null;
  /** Null: as many attempts as the learner likes. */
  maxAttempts: number | null;
  /** 0..100: the share of points a passing attempt reaches. */
  passingPercent: number;
  opensAt: Date | null;
  closesAt: Date | null;
  scoring: QuizScoring;
  /** When learners see their answers marked right or wrong. */
  review: QuizReviewPolicy;
  /** When learners see the correct answers and the explanations. */
  correctAnswers: QuizReviewPolicy;
  role: QuizRole;
}

/** What a new quiz lesson starts with. */
export const DEFAULT_QUIZ_SETTINGS: QuizSettingsRecord = {
  selection: 'fixed',
  questionIds: [],
  draws: [],
  shuffleQuestions: false,
  shuffleOptions: true,
  layout: 'one_per_page',
  timeLimitMinutes: null,
  maxAttempts: null,
  passingPercent: 70,
  opensAt: null,
  closesAt: null,
  scoring: 'highest',
  review: 'after_attempt',
  correctAnswers: 'after_passing',
  role: 'none',
};

export interface QuizSettingsDocument {
  selection: QuizSelection;
  questionIds: Types.ObjectId[];
  draws: QuizDrawRecord[];
  shuffleQuestions: boolean;
  shuffleOptions: boolean;
  layout: QuizLayout;
  timeLimitMinutes?: number;
  maxAttempts?: number;
  passingPercent: number;
  opensAt?: Date;
  closesAt?: Date;
  scoring: QuizScoring;
  review: QuizReviewPolicy;
  correctAnswers: QuizReviewPolicy;
  role: QuizRole;
}

export const quizSettingsSchema = new Schema<QuizSettingsDocument>(
  {
    selection: { type: String, required: true, enum: quizSelections },
    questionIds: { type: [Schema.Types.ObjectId], default: [] },
    draws: { type: [new Schema({ tag: { type: String, required: true }, count: { type: Number, required: true, min: 1 } }, { _id: false })], default: [] },
    shuffleQuestions: { type: Boolean, required: true },
    shuffleOptions: { type: Boolean, required: true },
    layout: { type: String, required: true, enum: quizLayouts },
    timeLimitMinutes: { type: Number, min: 1 },
    maxAttempts: { type: Number, min: 1 },
    passingPercent: { type: Number, required: true, min: 0, max: 100 },
    opensAt: { type: Date },
    closesAt: { type: Date },
    scoring: { type: String, required: true, enum: quizScorings },
    review: { type: String, required: true, enum: quizReviewPolicies },
    correctAnswers: { type: String, required: true, enum: quizReviewPolicies },
    role: { type: String, required: true, enum: quizRoles },
  },
  { _id: false },
);

export function toQuizSettingsDocument(settings: QuizSettingsRecord): QuizSettingsDocument {
  return {
    selection: settings.selection,
    questionIds: settings.questionIds.map((id) => new Types.ObjectId(id)),
    draws: settings.draws.map(({ tag, count }) => ({ tag, count })),
    shuffleQuestions: settings.shuffleQuestions,
    shuffleOptions: settings.shuffleOptions,
    layout: settings.layout,
    ...(settings.timeLimitMinutes != null && { timeLimitMinutes: settings.timeLimitMinutes }),
    ...(settings.maxAttempts != null && { maxAttempts: settings.maxAttempts }),
    passingPercent: settings.passingPercent,
    ...(settings.opensAt && { opensAt: settings.opensAt }),
    ...(settings.closesAt && { closesAt: settings.closesAt }),
    scoring: settings.scoring,
    review: settings.review,
    correctAnswers: settings.correctAnswers,
    role: settings.role,
  };
}

export function toQuizSettingsRecord(document: QuizSettingsDocument): QuizSettingsRecord {
  return {
    selection: document.selection,
    questionIds: (document.questionIds ?? []).map((id) => id.toHexString()),
    draws: (document.draws ?? []).map(({ tag, count }) => ({ tag, count })),
    shuffleQuestions: document.shuffleQuestions,
    shuffleOptions: document.shuffleOptions,
    layout: document.layout,
    timeLimitMinutes: document.timeLimitMinutes ?? null,
    maxAttempts: document.maxAttempts ?? null,
    passingPercent: document.passingPercent,
    opensAt: document.opensAt ?? null,
    closesAt: document.closesAt ?? null,
    scoring: document.scoring,
    review: document.review,
    correctAnswers: document.correctAnswers,
    role: document.role,
  };
}
