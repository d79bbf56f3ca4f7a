import { Injectable } from '@nestjs/common';
import {
  LessonRepository,
  QuizAnswerRepository,
  QuizAttemptRepository,
  QuizGradingRepository,
  type CourseRecord,
  type QuizAnswerRecord,
  type QuizAttemptRecord,
} from '@lentera/db';
import { QuizGradingService } from '@lentera/quiz';
import type { Actor } from '../auth/actor';
import { Permission } from '../auth/permissions';
import { decodeIdCursor, encodeCursor } from '../graphql/pagination';
import { QuizResultsAccess } from './quiz-results-access';
import { assertResultsPageSize, invalidGradingRevision } from './quiz-results.errors';
import { toGradedAttemptModel } from './quiz-results.mapper';
import type { EssayGradeInput, GradedAttemptConnection, GradedAttemptModel } from './quiz-results.model';

export interface EssayGradeArgs {
  attemptId: string;
  questionId: string;
  gradingRevision: number;
  input: EssayGradeInput;
}

/** Attempts as their graders see them (GradeQuizzes): every answer, the keys, the essays to grade. */
@Injectable()
export class GradedAttemptsService {
  constructor(
    private readonly access: QuizResultsAccess,
    private readonly attempts: QuizAttemptRepository,
    private readonly gradings: QuizGradingRepository,
    private readonly answers: QuizAnswerRepository,
    private readonly lessons: LessonRepository,
    private readonly grading: QuizGradingService,
  ) {}

  async gradedAttempt(actor: Actor, attemptId: string): Promise<GradedAttemptModel> {
    const { attempt, course } = await this.access.attempt(actor, attemptId);
    const [view] = await this.views(course, [attempt]);
    return view;
  }

  /** The course's attempts with an essay waiting for its grade, oldest start first. */
  async essayQueue(actor: Actor, courseId: string, first: number, after?: string | null): Promise<GradedAttemptConnection> {
    assertResultsPageSize(first);
    const afterId = decodeIdCursor(after);
    const { course } = await this.access.course(actor, courseId, Permission.GradeQuizzes);
    const page = await this.attempts.findPage({ courseId: course.id, statuses: ['awaiting_grading'], afterId, limit: first + 1 });
    const shown = page.attempts.slice(0, first);
    // The page's ids in order; the questions (with keys) only for these.
    const byId = new Map((await this.attempts.findByIds(shown.map((attempt) => attempt.id))).map((attempt) => [attempt.id, attempt]));
    const attempts = shown.flatMap((attempt) => byId.get(attempt.id) ?? []);
    const views = await this.views(course, attempts);
    const edges = views.map((node) => ({ cursor: encodeCursor({ i: node.attempt.id }), node }));
    return { edges, pageInfo: { hasNextPage: page.attempts.length > first, endCursor: edges.at(-1)?.cursor ?? null }, totalCount: page.totalCount };
  }

  /**
   * One essay's grade, on the grading revision the grader saw (an older one: CONFLICT). The last
   * essay graded makes the attempt GRADED and, when it passed, completes the lesson.
   */
  async gradeEssay(actor: Actor, args: EssayGradeArgs): Promise<GradedAttemptModel> {
    if (!Number.isInteger(args.gradingRevision) || args.gradingRevision < 0) throw invalidGradingRevision();
    const { attempt, course } = await this.access.attempt(actor, args.attemptId);
    await this.grading.applyEssayGrade({
      attemptId: attempt.id,
      questionId: args.questionId,
      gradingRevision: args.gradingRevision,
      grade: {
        criteria: args.input.criteria?.map(({ criterionId, points }) => ({ criterionId, points })) ?? null,
        points: args.input.points ?? null,
        comment: args.input.comment ?? null,
        gradedBy: actor.userId,
        gradedAt: new Date(),
      },
    });
    const graded = (await this.attempts.findById(attempt.id)) ?? attempt;
    const [view] = await this.views(course, [graded]);
    return view;
  }

  /** Three batched reads for any number of attempts: their gradings, their answers, the lesson titles. */
  private async views(course: CourseRecord, attempts: readonly QuizAttemptRecord[]): Promise<GradedAttemptModel[]> {
    if (attempts.length === 0) return [];
    const ids = attempts.map((attempt) => attempt.id);
    const [gradings, answers, titles] = await Promise.all([this.gradings.findByAttemptIds(ids), this.answers.findByAttempts(ids), this.lessonTitles(course, attempts)]);
    const gradingById = new Map(gradings.map((grading) => [grading.attemptId, grading]));
    const answersById = new Map<string, QuizAnswerRecord[]>(ids.map((id) => [id, []]));
    for (const answer of answers) answersById.get(answer.attemptId)?.push(answer);
    return attempts.map((attempt) =>
      toGradedAttemptModel({
        attempt,
        grading: gradingById.get(attempt.id) ?? null,
        answers: answersById.get(attempt.id) ?? [],
        lessonTitle: titles.get(`current:${attempt.lessonId}`) ?? titles.get(`${attempt.courseVersion}:${attempt.lessonId}`) ?? '',
      }),
    );
  }

  /**
   * Lesson titles as learners see them now (the published version), falling back to the
   * version an attempt was started in (the lesson may be gone from the current one).
   */
  private async lessonTitles(course: CourseRecord, attempts: readonly QuizAttemptRecord[]): Promise<Map<string, string>> {
    const versions = new Set([course.publishedVersion, ...attempts.map((attempt) => attempt.courseVersion)]);
    const lessons = await this.lessons.findByCourseVersions([...versions].map((version) => ({ courseId: course.id, version })));
    const titles = new Map<string, string>();
    for (const lesson of lessons) {
      titles.set(`${lesson.version}:${lesson.id}`, lesson.title);
      if (lesson.version === course.publishedVersion) titles.set(`current:${lesson.id}`, lesson.title);
    }
    return titles;
  }
}
