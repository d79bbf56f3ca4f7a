import type { AnswerValue, AttemptQuestionValue, QuestionResultRecord, QuizAnswerRecord, QuizAttemptSummaryRecord, QuizGradingRecord } from '@lentera/db';
import { isEmptyAnswer, type ReviewVisibility } from '@lentera/quiz';
import { questionTypes } from '../quiz-bank/quiz-enums';
import { answerOutcomes, quizAttemptStatuses } from './attempt-enums';
import type { AnswerInput, AttemptQuestionModel, AttemptReviewModel, QuizAttemptModel, ReviewedQuestionModel, SavedAnswerModel } from './quiz-attempt.model';

/*
 * Everything a learner sees of an attempt goes through these functions. They copy fields one by
 * one into the learner types and never spread a stored question: an attempt's questions carry
 * their keys (correct flags, accepted answers, correct order and matches, rubric, feedback).
 */

export function toQuizAttemptModel(record: QuizAttemptSummaryRecord, now: Date): QuizAttemptModel {
  return {
    record,
    id: record.id,
    lessonId: record.lessonId,
    courseId: record.courseId,
    number: record.number,
    status: quizAttemptStatuses[record.status],
    startedAt: record.startedAt,
    deadline: record.deadline,
    serverNow: now,
    submittedAt: record.submittedAt,
    submittedAutomatically: record.submittedBy === 'deadline',
    maxPoints: record.maxPoints,
    scorePoints: record.scorePoints,
    percent: record.percent,
    passed: record.passed,
  };
}

/** The questions without any key: ids, texts and the order shown. */
export function toAttemptQuestionModels(questions: readonly AttemptQuestionValue[]): AttemptQuestionModel[] {
  return questions.map((question, index) => ({
    id: question.questionId,
    position: index + 1,
    type: questionTypes[question.type],
    prompt: question.prompt,
    points: question.points,
    options: (question.options ?? []).map(({ optionId, text }) => ({ id: optionId, text })),
    matchPrompts: (question.matchPrompts ?? []).map(({ promptId, prompt }) => ({ id: promptId, prompt })),
    matchChoices: (question.matchChoices ?? []).map(({ choiceId, text }) => ({ id: choiceId, text })),
    orderItems: (question.orderItems ?? []).map(({ itemId, text }) => ({ id: itemId, text })),
  }));
}

export function toSavedAnswerModel(questionId: string, value: AnswerValue, savedAt: Date): SavedAnswerModel {
  return {
    questionId,
    optionIds: [...(value.optionIds ?? [])],
    booleanValue: value.booleanValue ?? null,
    text: value.text ?? null,
    number: value.number ?? null,
    matches: (value.matches ?? []).map(({ promptId, choiceId }) => ({ promptId, choiceId })),
    order: [...(value.order ?? [])],
    savedAt,
  };
}

/**
 * The answers to show with an attempt: once graded, the ones the grading used (dated by their
 * save); before, the on-time saves. Cleared answers (saved empty) are left out.
 */
export function toSavedAnswerModels(
  questions: readonly AttemptQuestionValue[],
  saved: readonly QuizAnswerRecord[],
  grading: QuizGradingRecord | null,
): SavedAnswerModel[] {
  const savedById = new Map(saved.map((answer) => [answer.questionId, answer]));
  return questions.flatMap((question) => {
    const save = savedById.get(question.questionId);
    const value = grading ? grading.results.find((result) => result.questionId === question.questionId)?.answer : save?.value;
    if (!value || isEmptyAnswer(question.type, value)) return [];
    return [toSavedAnswerModel(question.questionId, value, save?.savedAt ?? grading?.gradedAt ?? new Date())];
  });
}

/** The review the policy allows; keys and feedback only when `visibility.correctAnswers`. */
export function toAttemptReviewModel(questions: readonly AttemptQuestionValue[], grading: QuizGradingRecord, visibility: ReviewVisibility): AttemptReviewModel {
  const resultById = new Map(grading.results.map((result) => [result.questionId, result]));
  return {
    showsCorrectAnswers: visibility.correctAnswers,
    questions: questions.map((question) => reviewedQuestion(question, resultById.get(question.questionId), visibility.correctAnswers)),
  };
}

function reviewedQuestion(question: AttemptQuestionValue, result: QuestionResultRecord | undefined, showsKeys: boolean): ReviewedQuestionModel {
  const reviewed: ReviewedQuestionModel = {
    questionId: question.questionId,
    outcome: answerOutcomes[result?.outcome ?? 'unanswered'],
    points: result ? result.points : 0,
    maxPoints: result?.maxPoints ?? question.points,
    correctOptionIds: null,
    correctBoolean: null,
    acceptedAnswers: null,
    numericAnswer: null,
    numericTolerance: null,
    correctMatches: null,
    correctOrder: null,
    feedback: null,
    optionFeedback: null,
    essayComment: result?.essay?.comment ?? null,
  };
  return showsKeys ? { ...reviewed, ...keyOf(question) } : reviewed;
}

/** The key fields of the question's type (the others stay null). */
function keyOf(question: AttemptQuestionValue): Partial<ReviewedQuestionModel> {
  const feedback = { feedback: question.feedback ?? null };
  switch (question.type) {
    case 'single_choice':
    case 'multiple_choice': {
      const options = question.options ?? [];
      return {
        ...feedback,
        correctOptionIds: options.filter((option) => option.correct).map(({ optionId }) => optionId),
        optionFeedback: options.flatMap(({ optionId, feedback: text }) => (text ? [{ optionId, feedback: text }] : [])),
      };
    }
    case 'true_false':
      return { ...feedback, correctBoolean: question.trueFalseAnswer ?? null };
    case 'short_answer':
      return { ...feedback, acceptedAnswers: [...(question.acceptedAnswers ?? [])] };
    case 'numeric':
      return { ...feedback, numericAnswer: question.numericAnswer ?? null, numericTolerance: question.numericTolerance ?? 0 };
    case 'matching':
      return { ...feedback, correctMatches: (question.matchPrompts ?? []).map(({ promptId, choiceId }) => ({ promptId, choiceId })) };
    case 'ordering':
      return { ...feedback, correctOrder: [...(question.correctOrder ?? [])] };
    case 'essay':
      return feedback;
  }
}

/** A GraphQL answer as the stored shape: only the fields the client set. */
export function toAnswerValue(input: AnswerInput): AnswerValue {
  const value: AnswerValue = {};
  if (input.optionIds != null) value.optionIds = [...input.optionIds];
  if (input.booleanValue != null) value.booleanValue = input.booleanValue;
  if (input.text != null) value.text = input.text;
  if (input.number != null) value.number = input.number;
  if (input.matches != null) value.matches = input.matches.map(({ promptId, choiceId }) => ({ promptId, choiceId }));
  if (input.order != null) value.order = [...input.order];
  return value;
}
