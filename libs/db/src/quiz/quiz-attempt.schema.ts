import { Schema, type Types } from 'mongoose';
import { quizReviewPolicies, quizRoles, type QuizReviewPolicy, type QuizRole } from './quiz-settings';
import {
  questionOptionSchema,
  questionTypes,
  rubricCriterionSchema,
  type QuestionOptionValue,
  type QuestionType,
  type RubricCriterionValue,
} from './quiz-values';

export const QUIZ_ATTEMPT_MODEL = 'QuizAttempt';

/**
 * in_progress → submitted (by the learner, or by the deadline job) → graded, or awaiting_grading
 * (an essay waits for an instructor) → graded.
 */
export const quizAttemptStatuses = ['in_progress', 'submitted', 'awaiting_grading', 'graded'] as const;
export type QuizAttemptStatus = (typeof quizAttemptStatuses)[number];
export const attemptSubmitters = ['learner', 'deadline'] as const;
export type AttemptSubmitter = (typeof attemptSubmitters)[number];

/**
 * A question as the attempt fixed it when it started: the bank's content with the order shown
 * to this learner, and the key. The key stays on the server (see the API's learner views).
 */
export interface AttemptQuestionValue {
  questionId: string;
  type: QuestionType;
  prompt: string;
  points: number;
  feedback?: string;
  /** single/multiple choice, in the order shown. */
  options?: QuestionOptionValue[];
  wrongPickPenalty?: number;
  trueFalseAnswer?: boolean;
  acceptedAnswers?: string[];
  numericAnswer?: number;
  numericTolerance?: number;
  /** matching: the prompts in the order shown, each with the id of its correct choice. */
  matchPrompts?: Array<{ promptId: string; prompt: string; choiceId: string }>;
  /** matching: the answers to choose from, in the order shown; ids made for this attempt. */
  matchChoices?: Array<{ choiceId: string; text: string }>;
  /** ordering: the items in the (shuffled) order shown. */
  orderItems?: Array<{ itemId: string; text: string }>;
  /** ordering: the item ids in the correct order. */
  correctOrder?: string[];
  rubric?: RubricCriterionValue[];
}

export interface QuizAttemptDocument {
  _id: Types.ObjectId;
  agencyId: Types.ObjectId;
  courseId: Types.ObjectId;
  /** The published version the attempt was started in. */
  courseVersion: number;
  lessonId: Types.ObjectId;
  userId: Types.ObjectId;
  enrolmentId: Types.ObjectId;
  /** The class (assignment) the learner was enrolled through, for learning gain per class. */
  assignmentId?: Types.ObjectId;
  /** 1, 2, … per learner and quiz: unique, so two starts at once cannot both open attempt n. */
  number: number;
  role: QuizRole;
  status: QuizAttemptStatus;
  startedAt: Date;
  /** Server-side end: start + time limit, or the quiz's closing time, whichever is first. */
  deadline?: Date;
  submittedAt?: Date;
  submittedBy?: AttemptSubmitter;
  /** Settings copied at start, so a later change of the quiz does not regrade or reveal. */
  passingPercent: number;
  review: QuizReviewPolicy;
  correctAnswers: QuizReviewPolicy;
  closesAt?: Date;
  /** How many questions the attempt fixed; the questions themselves are in quiz_attempt_questions. */
  questionCount: number;
  maxPoints: number;
  /** Copied from the grading (quiz_gradings holds the per-question results). */
  scorePoints?: number;
  percent?: number;
  passed?: boolean;
  gradedAt?: Date;
  createdAt: Date;
  updatedAt: Date;
}

const attemptQuestionSchema = new Schema<AttemptQuestionValue>(
  {
    questionId: { type: String, required: true },
    type: { type: String, required: true, enum: questionTypes },
    prompt: { type: String, required: true },
    points: { type: Number, required: true },
    feedback: { type: String },
    options: { type: [questionOptionSchema], default: undefined },
    wrongPickPenalty: { type: Number },
    trueFalseAnswer: { type: Boolean },
    acceptedAnswers: { type: [String], default: undefined },
    numericAnswer: { type: Number },
    numericTolerance: { type: Number },
    matchPrompts: {
      type: [new Schema({ promptId: { type: String, required: true }, prompt: { type: String, required: true }, choiceId: { type: String, required: true } }, { _id: false })],
      default: undefined,
    },
    matchChoices: { type: [new Schema({ choiceId: { type: String, required: true }, text: { type: String, required: true } }, { _id: false })], default: undefined },
    orderItems: { type: [new Schema({ itemId: { type: String, required: true }, text: { type: String, required: true } }, { _id: false })], default: undefined },
    correctOrder: { type: [String], default: undefined },
    rubric: { type: [rubricCriterionSchema], default: undefined },
  },
  { _id: false },
);

export const quizAttemptSchema = new Schema<QuizAttemptDocument>(
  {
    agencyId: { type: Schema.Types.ObjectId, required: true },
    courseId: { type: Schema.Types.ObjectId, required: true },
    courseVersion: { type: Number, required: true },
    lessonId: { type: Schema.Types.ObjectId, required: true },
    userId: { type: Schema.Types.ObjectId, required: true },
    enrolmentId: { type: Schema.Types.ObjectId, required: true },
    assignmentId: { type: Schema.Types.ObjectId },
    number: { type: Number, required: true, min: 1 },
    role: { type: String, required: true, enum: quizRoles },
    status: { type: String, required: true, enum: quizAttemptStatuses },
    startedAt: { type: Date, required: true },
    deadline: { type: Date },
    submittedAt: { type: Date },
    submittedBy: { type: String, enum: attemptSubmitters },
    passingPercent: { type: Number, required: true },
    review: { type: String, required: true, enum: quizReviewPolicies },
    correctAnswers: { type: String, required: true, enum: quizReviewPolicies },
    closesAt: { type: Date },
    questionCount: { type: Number, required: true },
    maxPoints: { type: Number, required: true },
    scorePoints: { type: Number },
    percent: { type: Number },
    passed: { type: Boolean },
    gradedAt: { type: Date },
  },
  { collection: 'quiz_attempts', timestamps: true },
);

quizAttemptSchema.index({ userId: 1, lessonId: 1, number: 1 }, { unique: true });
quizAttemptSchema.index({ courseId: 1, lessonId: 1, _id: 1 });
quizAttemptSchema.index({ courseId: 1, status: 1, _id: 1 });
quizAttemptSchema.index({ courseId: 1, role: 1 });
quizAttemptSchema.index({ status: 1, deadline: 1 });

export const QUIZ_ATTEMPT_QUESTIONS_MODEL = 'QuizAttemptQuestions';

/**
 * An attempt's fixed questions (keys included), apart from the attempt: written once at start,
 * while the attempt is updated at submission and grading. FerretDB v1 on SQLite rewrites a
 * whole document on every update, and 20 questions with their options are most of an attempt.
 */
export interface QuizAttemptQuestionsDocument {
  /** The attempt's id. */
  _id: Types.ObjectId;
  questions: AttemptQuestionValue[];
}

export const quizAttemptQuestionsSchema = new Schema<QuizAttemptQuestionsDocument>(
  { questions: { type: [attemptQuestionSchema], default: [] } },
  { collection: 'quiz_attempt_questions' },
);
