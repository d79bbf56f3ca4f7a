import type { AttemptQuestionValue, QuestionResultRecord, QuizAnswerRecord, QuizAttemptRecord, QuizAttemptSummaryRecord, QuizGradingRecord } from '@lentera/db';
import { isEmptyAnswer } from '@lentera/quiz';
import { answerOutcomes, quizAttemptStatuses } from '../quiz-attempts/attempt-enums';
import { toSavedAnswerModel } from '../quiz-attempts/quiz-attempt.mapper';
import type { SavedAnswerModel } from '../quiz-attempts/quiz-attempt.model';
import { questionTypes } from '../quiz-bank/quiz-enums';
import type { GradedAttemptModel, GradedQuestionModel, QuizAttemptSummaryModel } from './quiz-results.model';

export function toQuizAttemptSummaryModel(record: QuizAttemptSummaryRecord): QuizAttemptSummaryModel {
  return {
    id: record.id,
    lessonId: record.lessonId,
    number: record.number,
    status: quizAttemptStatuses[record.status],
    startedAt: record.startedAt,
    submittedAt: record.submittedAt,
    submittedAutomatically: record.submittedBy === 'deadline',
    maxPoints: record.maxPoints,
    scorePoints: record.scorePoints,
    percent: record.percent,
    passed: record.passed,
  };
}

/** What the graders' view of one attempt is built from (read in batches for a whole page). */
export interface GradedAttemptParts {
  attempt: QuizAttemptRecord;
  grading: QuizGradingRecord | null;
  /** The attempt's answers, on-time and late. */
  answers: readonly QuizAnswerRecord[];
  lessonTitle: string;
}

export function toGradedAttemptModel({ attempt, grading, answers, lessonTitle }: GradedAttemptParts): GradedAttemptModel {
  const results = new Map((grading?.results ?? []).map((result) => [result.questionId, result]));
  const saved = new Map(answers.filter((answer) => !answer.late).map((answer) => [answer.questionId, answer]));
  const late = new Map(answers.filter((answer) => answer.late).map((answer) => [answer.questionId, answer]));
  return {
    attempt: toQuizAttemptSummaryModel(attempt),
    userId: attempt.userId,
    lessonTitle,
    // 0 before grading: gradeEssay then finds no grading to change (NOT_FOUND).
    gradingRevision: grading?.revision ?? 0,
    questions: attempt.questions.map((question, index) => {
      const result = results.get(question.questionId);
      const save = saved.get(question.questionId);
      // Once graded, the answer the grading used; before, the on-time save.
      const answer = result ? answerModel(question, result.answer, save?.savedAt ?? grading?.gradedAt ?? attempt.startedAt) : save ? answerModel(question, save.value, save.savedAt) : null;
      const lateSave = late.get(question.questionId);
      return gradedQuestion(question, index, result, answer, lateSave ? answerModel(question, lateSave.value, lateSave.savedAt) : null);
    }),
  };
}

function answerModel(question: AttemptQuestionValue, value: QuestionResultRecord['answer'], savedAt: Date): SavedAnswerModel | null {
  return isEmptyAnswer(question.type, value) ? null : toSavedAnswerModel(question.questionId, value, savedAt);
}

/** A question with its key, as the attempt fixed it (the order shown to the learner), and its result. */
function gradedQuestion(
  question: AttemptQuestionValue,
  index: number,
  result: QuestionResultRecord | undefined,
  answer: SavedAnswerModel | null,
  lateAnswer: SavedAnswerModel | null,
): GradedQuestionModel {
  return {
    questionId: question.questionId,
    position: index + 1,
    type: questionTypes[question.type],
    prompt: question.prompt,
    maxPoints: result?.maxPoints ?? question.points,
    // Not graded yet (in progress or submitted): every question waits.
    outcome: answerOutcomes[result?.outcome ?? 'pending'],
    points: result?.points ?? null,
    answer,
    lateAnswer,
    options: (question.options ?? []).map(({ optionId, text, correct, feedback }) => ({ id: optionId, text, correct, feedback: feedback ?? null })),
    matchPrompts: (question.matchPrompts ?? []).map(({ promptId, prompt }) => ({ id: promptId, prompt })),
    matchChoices: (question.matchChoices ?? []).map(({ choiceId, text }) => ({ id: choiceId, text })),
    correctMatches: (question.matchPrompts ?? []).map(({ promptId, choiceId }) => ({ promptId, choiceId })),
    orderItems: (question.orderItems ?? []).map(({ itemId, text }) => ({ id: itemId, text })),
    correctOrder: [...(question.correctOrder ?? [])],
    trueFalseAnswer: question.trueFalseAnswer ?? null,
    acceptedAnswers: [...(question.acceptedAnswers ?? [])],
    numericAnswer: question.numericAnswer ?? null,
    numericTolerance: question.numericTolerance ?? null,
    rubric: (question.rubric ?? []).map(({ criterionId, title, points }) => ({ id: criterionId, title, points })),
    essayScores: (result?.essay?.criteria ?? []).map(({ criterionId, points }) => ({ criterionId, points })),
    essayComment: result?.essay?.comment ?? null,
  };
}
