import { DomainError, ErrorCode, type LocalizedMessage } from '@lentera/errors';

/*
 * The learner-facing messages say what is wrong with the shape of an answer, never what the
 * right answer is: they are built from fixed text only, never from a question's content.
 */

/** Starting a quiz whose settings draw no question at all. */
export function quizHasNoQuestions(): DomainError {
  return new DomainError(
    ErrorCode.BadUserInput,
    { id: 'Kuis ini belum memiliki soal.', en: 'This quiz has no questions yet.' },
    { reason: 'quiz_has_no_questions' },
  );
}

/** An answer for a question that is not part of the attempt. */
export function answerNotForQuestion(): DomainError {
  return new DomainError(
    ErrorCode.BadUserInput,
    { id: 'Jawaban ini bukan untuk soal di percobaan ini.', en: 'This answer is not for a question of this attempt.' },
    { reason: 'answer_not_for_question' },
  );
}

/** An answer whose shape does not fit its question; `detail` is the whole, fixed message. */
export function invalidAnswer(detail: LocalizedMessage, questionId?: string): DomainError {
  return new DomainError(ErrorCode.BadUserInput, detail, { reason: 'invalid_answer', ...(questionId && { questionId }) });
}

/** An instructor's essay grade that does not fit the question (points out of range, criteria missing…). */
export function invalidEssayGrade(detail: LocalizedMessage): DomainError {
  return new DomainError(ErrorCode.BadUserInput, detail, { reason: 'invalid_essay_grade' });
}
