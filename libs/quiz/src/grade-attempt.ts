import { plainAnswer, type AnswerValue, type AttemptQuestionValue, type GradingStatus, type QuestionResultRecord } from '@lentera/db';
import { isEmptyAnswer } from './empty-answer';
import { percentOf, sumPoints } from './points';
import { scoreQuestion } from './score-question';

export interface AttemptGrade {
  status: GradingStatus;
  results: QuestionResultRecord[];
  scorePoints: number;
  maxPoints: number;
  /** Null while an essay waits for its grade. */
  percent: number | null;
  passed: boolean | null;
}

/**
 * Grades an attempt's on-time answers (`answers` by questionId). An answered essay leaves the
 * attempt awaiting grading: its points count once the instructor grades it (applyEssayGrade).
 */
export function gradeAttempt(questions: readonly AttemptQuestionValue[], answers: ReadonlyMap<string, AnswerValue>, passingPercent: number): AttemptGrade {
  const results = questions.map((question) => resultOf(question, answers.get(question.questionId)));
  const maxPoints = sumPoints(questions.map(({ points }) => points));
  return { ...totalsOf(results, maxPoints, passingPercent), results, maxPoints };
}

function resultOf(question: AttemptQuestionValue, answer: AnswerValue | undefined): QuestionResultRecord {
  const { outcome, points } = scoreQuestion(question, answer);
  return {
    questionId: question.questionId,
    outcome,
    points,
    maxPoints: question.points,
    answer: isEmptyAnswer(question.type, answer) ? {} : plainAnswer(answer),
    essay: null,
  };
}

/** Score, status, percent and pass of a set of results: percent and pass only once nothing is pending. */
export function totalsOf(
  results: readonly QuestionResultRecord[],
  maxPoints: number,
  passingPercent: number,
): { status: GradingStatus; scorePoints: number; percent: number | null; passed: boolean | null } {
  const scorePoints = sumPoints(results.flatMap(({ points }) => (points == null ? [] : [points])));
  if (results.some(({ outcome }) => outcome === 'pending')) return { status: 'awaiting_grading', scorePoints, percent: null, passed: null };
  const percent = percentOf(scorePoints, maxPoints);
  return { status: 'graded', scorePoints, percent, passed: percent >= passingPercent };
}
