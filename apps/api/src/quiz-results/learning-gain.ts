import type { CourseAssignmentRecord, GainAttemptRecord, QuizScoring } from '@lentera/db';
import type { LocalizedMessage } from '@lentera/errors';
import { countedAttempt } from '@lentera/quiz';
import { average, roundTo } from './averages';

/** One learner's pre-test and post-test scores (percent), and the class they count in. */
export interface LearnerScores {
  userId: string;
  /** The class (assignment) the learner took the tests in; null: enrolled themselves. */
  assignmentId: string | null;
  pre: number | null;
  post: number | null;
}

export interface GainFigures {
  learners: number;
  preTaken: number;
  postTaken: number;
  averagePre: number | null;
  averagePost: number | null;
  averageGain: number | null;
  averageNormalizedGain: number | null;
}

/**
 * Per learner: pre = the percent of their FIRST graded pre-test attempt (what they knew before
 * the course, whatever they retook later); post = the post-test score that counts under its
 * scoring policy. Learners with neither are absent. Ordered by learner id (the list's cursor).
 */
export function learnerScores(preAttempts: readonly GainAttemptRecord[], postAttempts: readonly GainAttemptRecord[], postScoring: QuizScoring): LearnerScores[] {
  const firstPre = new Map<string, GainAttemptRecord>();
  for (const attempt of preAttempts) {
    const seen = firstPre.get(attempt.userId);
    if (!seen || attempt.number < seen.number) firstPre.set(attempt.userId, attempt);
  }
  const postByLearner = new Map<string, GainAttemptRecord[]>();
  for (const attempt of postAttempts) postByLearner.set(attempt.userId, [...(postByLearner.get(attempt.userId) ?? []), attempt]);
  const userIds = [...new Set([...firstPre.keys(), ...postByLearner.keys()])].sort();
  return userIds.map((userId) => {
    const pre = firstPre.get(userId);
    // Every record here is graded (findGradedForLessons): countedAttempt wants the status.
    const post = countedAttempt((postByLearner.get(userId) ?? []).map((attempt) => ({ ...attempt, status: 'graded' })), postScoring);
    return { userId, assignmentId: post?.assignmentId ?? pre?.assignmentId ?? null, pre: pre?.percent ?? null, post: post?.percent ?? null };
  });
}

/** post − pre in percentage points, when the learner has both. */
export function gainOf(scores: Pick<LearnerScores, 'pre' | 'post'>): number | null {
  return scores.pre === null || scores.post === null ? null : roundTo(scores.post - scores.pre, 2);
}

/**
 * The averages over the learners with both scores (so that averageGain = averagePost −
 * averagePre); preTaken and postTaken count each side alone. Hake's normalized gain
 * (post − pre) / (100 − pre) is undefined for a pre-test of 100: such learners are left out of it.
 */
export function gainFigures(learners: readonly LearnerScores[]): GainFigures {
  const both = learners.flatMap(({ pre, post }) => (pre !== null && post !== null ? [{ pre, post }] : []));
  const normalized = both.filter(({ pre }) => pre < 100).map(({ pre, post }) => (post - pre) / (100 - pre));
  const rounded = (value: number | null, decimals: number) => (value === null ? null : roundTo(value, decimals));
  return {
    learners: both.length,
    preTaken: learners.filter(({ pre }) => pre !== null).length,
    postTaken: learners.filter(({ post }) => post !== null).length,
    averagePre: rounded(average(both.map(({ pre }) => pre)), 2),
    averagePost: rounded(average(both.map(({ post }) => post)), 2),
    averageGain: rounded(average(both.map(({ pre, post }) => post - pre)), 2),
    averageNormalizedGain: rounded(average(normalized), 4),
  };
}

const SELF_ENROLLED: LocalizedMessage = { id: 'Mendaftar sendiri', en: 'Self-enrolled' };

/** A class's name, e.g. "Penugasan Bidang Anggaran · 3 Maret 2025"; assignments are dated in WIB. */
export function classLabel(assignmentId: string | null, assignment: CourseAssignmentRecord | undefined): LocalizedMessage {
  if (assignmentId === null) return SELF_ENROLLED;
  if (!assignment) return { id: 'Penugasan', en: 'Assignment' };
  const target = {
    work_unit: { id: assignment.workUnit ?? 'unit kerja', en: assignment.workUnit ?? 'work unit' },
    people: { id: 'peserta pilihan', en: 'of selected people' },
    nip_list: { id: 'daftar NIP', en: 'by NIP list' },
  }[assignment.targetKind];
  return {
    id: `Penugasan ${target.id} · ${dateIn('id-ID', assignment.createdAt)}`,
    en: `Assignment ${target.en} · ${dateIn('en-GB', assignment.createdAt)}`,
  };
}

function dateIn(locale: string, date: Date): string {
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Asia/Jakarta' }).format(date);
}
