import type { EssayGradeInput, GradedAttemptFieldsFragment } from '../../gql/generated';

export type GradedQuestion = GradedAttemptFieldsFragment['questions'][number];

/** What the grader types: one value per rubric criterion, or one number without a rubric. */
export interface EssayGradeValues {
  criteria: Record<string, number | string>;
  points: number | string;
  comment: string;
}

export function essayGradeValuesOf(question: GradedQuestion): EssayGradeValues {
  const scores = new Map(question.essayScores.map((score) => [score.criterionId, score.points]));
  return {
    criteria: Object.fromEntries(question.rubric.map((criterion) => [criterion.id, scores.get(criterion.id) ?? ''])),
    points: question.rubric.length === 0 && question.points !== null ? question.points : '',
    comment: question.essayComment ?? '',
  };
}

function numberOf(value: number | string): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  const trimmed = value.trim().replace(',', '.');
  if (trimmed === '') return null;
  const parsed = Number(trimmed);
  return Number.isFinite(parsed) ? parsed : null;
}

/** Keys under `quizAuthoring.grading.problems`, per criterion id or 'points'. */
export type EssayGradeProblem = 'required' | 'outOfRange';

export function validateEssayGrade(question: GradedQuestion, values: EssayGradeValues): Record<string, EssayGradeProblem> {
  const problems: Record<string, EssayGradeProblem> = {};
  const check = (field: string, value: number | string, max: number) => {
    const points = numberOf(value);
    if (points === null) problems[field] = 'required';
    else if (points < 0 || points > max + 1e-9) problems[field] = 'outOfRange';
  };
  if (question.rubric.length > 0) {
    for (const criterion of question.rubric) check(criterion.id, values.criteria[criterion.id] ?? '', criterion.points);
  } else {
    check('points', values.points, question.maxPoints);
  }
  return problems;
}

/** The essay's total as typed so far (blank criteria count 0). */
export function essayTotal(question: GradedQuestion, values: EssayGradeValues): number {
  const total =
    question.rubric.length > 0
      ? question.rubric.reduce((sum, criterion) => sum + (numberOf(values.criteria[criterion.id] ?? '') ?? 0), 0)
      : (numberOf(values.points) ?? 0);
  return Math.round(total * 100) / 100;
}

export function essayGradeInputOf(question: GradedQuestion, values: EssayGradeValues): EssayGradeInput {
  const comment = values.comment.trim();
  const base = { comment: comment === '' ? null : comment };
  if (question.rubric.length > 0) {
    return {
      ...base,
      criteria: question.rubric.map((criterion) => ({ criterionId: criterion.id, points: numberOf(values.criteria[criterion.id] ?? '') ?? 0 })),
    };
  }
  return { ...base, points: numberOf(values.points) ?? 0 };
}

/** The essays of an attempt still waiting for a grade. */
export function pendingEssays(attempt: GradedAttemptFieldsFragment): GradedQuestion[] {
  return attempt.questions.filter((question) => question.type === 'ESSAY' && question.outcome === 'PENDING');
}
