import { Injectable } from '@nestjs/common';
import { QuizAttemptRepository } from '@lentera/db';
import { countedAttempt } from '@lentera/quiz';
import type { Actor } from '../auth/actor';
import { Permission } from '../auth/permissions';
import { decodeIdCursor, idConnection } from '../graphql/pagination';
import { storedQuizAttemptStatuses, type QuizAttemptStatus } from '../quiz-attempts/attempt-enums';
import { average, roundTo } from './averages';
import { QuizResultsAccess } from './quiz-results-access';
import { assertResultsPageSize } from './quiz-results.errors';
import { toQuizAttemptSummaryModel } from './quiz-results.mapper';
import type { QuizResultConnection, QuizResultsSummaryModel } from './quiz-results.model';

export interface QuizResultsQuery {
  courseId: string;
  lessonId: string;
  status?: QuizAttemptStatus | null;
  first: number;
  after?: string | null;
}

type AttemptScore = Awaited<ReturnType<QuizAttemptRepository['findScoresByLesson']>>[number];

/** One quiz's attempts and figures, for the course's instructors and admins (ReadLearnerProgress). */
@Injectable()
export class QuizResultsService {
  constructor(
    private readonly access: QuizResultsAccess,
    private readonly attempts: QuizAttemptRepository,
  ) {}

  /** The quiz's attempts in start order (every attempt of every learner). */
  async results(actor: Actor, query: QuizResultsQuery): Promise<QuizResultConnection> {
    assertResultsPageSize(query.first);
    const afterId = decodeIdCursor(query.after);
    const { course } = await this.access.course(actor, query.courseId, Permission.ReadLearnerProgress);
    const lesson = await this.access.quizLesson(course, query.lessonId);
    const { attempts, totalCount } = await this.attempts.findPage({
      courseId: course.id,
      lessonId: lesson.id,
      statuses: query.status ? [storedQuizAttemptStatuses[query.status]] : undefined,
      afterId,
      limit: query.first + 1,
    });
    return idConnection(attempts, query.first, totalCount, (attempt) => ({ attempt: toQuizAttemptSummaryModel(attempt), userId: attempt.userId }));
  }

  /**
   * Counts per status, and over the learners with a counted score (the quiz's scoring policy):
   * their average and the share of them who passed. Averages in TypeScript: FerretDB has no $avg.
   */
  async summary(actor: Actor, courseId: string, lessonId: string): Promise<QuizResultsSummaryModel> {
    const { course } = await this.access.course(actor, courseId, Permission.ReadLearnerProgress);
    const lesson = await this.access.quizLesson(course, lessonId);
    const scoring = lesson.quiz?.scoring ?? 'highest';
    const attempts = await this.attempts.findScoresByLesson(course.id, lesson.id);
    const byLearner = new Map<string, AttemptScore[]>();
    for (const attempt of attempts) byLearner.set(attempt.userId, [...(byLearner.get(attempt.userId) ?? []), attempt]);
    const counted = [...byLearner.values()].flatMap((learnerAttempts) => countedAttempt(learnerAttempts, scoring) ?? []);
    const mean = average(counted.map((attempt) => attempt.percent ?? 0));
    return {
      attempts: attempts.length,
      learners: byLearner.size,
      inProgress: attempts.filter((attempt) => attempt.status === 'in_progress').length,
      awaitingGrading: attempts.filter((attempt) => attempt.status === 'awaiting_grading').length,
      graded: attempts.filter((attempt) => attempt.status === 'graded').length,
      averagePercent: mean === null ? null : roundTo(mean, 2),
      passRate: counted.length === 0 ? null : roundTo(counted.filter((attempt) => attempt.passed === true).length / counted.length, 4),
    };
  }
}
