import type { AttemptQuestionValue, GradingChange, QuestionResultRecord } from '@lentera/db';
import { totalsOf } from './grade-attempt';
import { roundPoints, sumPoints } from './points';
import { invalidEssayGrade } from './quiz-errors';
import { outcomeOfShare } from './score-question';

/** An instructor's grade of one essay: per rubric criterion when the essay has a rubric, else overall points. */
export interface EssayGrade {
  criteria?: Array<{ criterionId: string; points: number }> | null;
  points?: number | null;
  comment?: string | null;
  gradedBy: string;
  gradedAt: Date;
}

export const MAX_ESSAY_COMMENT_LENGTH = 5_000;

/**
 * The grading after an instructor graded (or regraded) one essay. Throws BAD_USER_INPUT when the
 * grade does not fit: every rubric criterion exactly once within its points, or, without a
 * rubric, points within the question's. An essay left unanswered has nothing to grade.
 */
export function applyEssayGrade(
  results: readonly QuestionResultRecord[],
  question: AttemptQuestionValue,
  grade: EssayGrade,
  passingPercent: number,
  maxPoints: number,
): GradingChange {
  const index = results.findIndex(({ questionId }) => questionId === question.questionId);
  if (index < 0 || question.type !== 'essay') {
    throw invalidEssayGrade({ id: 'Soal ini bukan esai dari percobaan ini.', en: 'This question is not an essay of this attempt.' });
  }
  if (results[index].outcome === 'unanswered') {
    throw invalidEssayGrade({ id: 'Esai ini tidak dijawab, jadi tidak ada yang dinilai.', en: 'This essay was not answered, so there is nothing to grade.' });
  }
  const comment = commentOf(grade.comment);
  const { criteria, total } = question.rubric?.length ? rubricPoints(question, grade) : overallPoints(question, grade);
  const points = Math.min(question.points, total);
  const share = question.points > 0 ? points / question.points : 1;
  const graded: QuestionResultRecord = {
    ...results[index],
    outcome: outcomeOfShare(share),
    points,
    essay: { criteria, comment, gradedBy: grade.gradedBy, gradedAt: grade.gradedAt },
  };
  const next = results.map((result, position) => (position === index ? graded : result));
  const totals = totalsOf(next, maxPoints, passingPercent);
  return { ...totals, results: next, completedAt: totals.status === 'graded' ? grade.gradedAt : null };
}

function rubricPoints(question: AttemptQuestionValue, grade: EssayGrade): { criteria: Array<{ criterionId: string; points: number }>; total: number } {
  const rubric = question.rubric ?? [];
  const given = grade.criteria ?? [];
  const byId = new Map(given.map((score) => [score.criterionId, score]));
  if (given.length !== rubric.length || byId.size !== given.length || rubric.some(({ criterionId }) => !byId.has(criterionId))) {
    throw invalidEssayGrade({
      id: 'Beri nilai untuk setiap kriteria rubrik tepat satu kali.',
      en: 'Give a score for every rubric criterion exactly once.',
    });
  }
  const criteria = rubric.map((criterion) => {
    const points = byId.get(criterion.criterionId)?.points;
    if (!isWithin(points, criterion.points)) {
      throw invalidEssayGrade({
        id: `Nilai kriteria "${criterion.title}" harus antara 0 dan ${criterion.points}.`,
        en: `The score for "${criterion.title}" must be between 0 and ${criterion.points}.`,
      });
    }
    return { criterionId: criterion.criterionId, points: roundPoints(points) };
  });
  return { criteria, total: sumPoints(criteria.map(({ points }) => points)) };
}

function overallPoints(question: AttemptQuestionValue, grade: EssayGrade): { criteria: Array<{ criterionId: string; points: number }>; total: number } {
  if (grade.criteria?.length) {
    throw invalidEssayGrade({ id: 'Esai ini tidak memiliki rubrik; beri satu nilai keseluruhan.', en: 'This essay has no rubric; give one overall score.' });
  }
  if (!isWithin(grade.points, question.points)) {
    throw invalidEssayGrade({
      id: `Nilai esai harus antara 0 dan ${question.points}.`,
      en: `The essay score must be between 0 and ${question.points}.`,
    });
  }
  return { criteria: [], total: roundPoints(grade.points) };
}

function isWithin(points: number | null | undefined, max: number): points is number {
  return typeof points === 'number' && Number.isFinite(points) && points >= 0 && points <= max;
}

function commentOf(comment: string | null | undefined): string | null {
  const trimmed = comment?.trim() ?? '';
  if (trimmed.length > MAX_ESSAY_COMMENT_LENGTH) {
    throw invalidEssayGrade({
      id: `Komentar paling panjang ${MAX_ESSAY_COMMENT_LENGTH} karakter.`,
      en: `A comment is at most ${MAX_ESSAY_COMMENT_LENGTH} characters long.`,
    });
  }
  return trimmed || null;
}
