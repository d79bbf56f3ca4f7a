import { Injectable } from '@nestjs/common';
import { CourseAssignmentRepository, LessonRepository, QuizAttemptRepository, type AgencyScope, type CourseRecord, type LessonContentRecord } from '@lentera/db';
import type { Actor } from '../auth/actor';
import { Permission } from '../auth/permissions';
import { decodeIdCursor, encodeCursor } from '../graphql/pagination';
import { classLabel, gainFigures, gainOf, learnerScores, type LearnerScores } from './learning-gain';
import type { ClassGainModel, LearnerGainConnection, LearningGainReportModel } from './learning-gain.model';
import { QuizResultsAccess } from './quiz-results-access';
import { assertIdArgument, assertResultsPageSize } from './quiz-results.errors';

interface GainTests {
  preTest: LessonContentRecord | null;
  postTest: LessonContentRecord | null;
  learners: LearnerScores[];
}

/**
 * The course's learning gain (ReadLearnerProgress): its pre-test against its post-test, per
 * learner, per class (the assignment a learner was enrolled through) and for the whole course.
 * Two queries whatever the number of learners (the tests, their graded attempts); the figures
 * are computed here (FerretDB v1 has no $avg).
 */
@Injectable()
export class LearningGainService {
  constructor(
    private readonly access: QuizResultsAccess,
    private readonly lessons: LessonRepository,
    private readonly attempts: QuizAttemptRepository,
    private readonly assignments: CourseAssignmentRepository,
  ) {}

  async report(actor: Actor, courseId: string): Promise<LearningGainReportModel> {
    const { course, scope } = await this.access.course(actor, courseId, Permission.ReadLearnerProgress);
    const { preTest, postTest, learners } = await this.tests(course);
    return {
      courseId: course.id,
      preTestLessonId: preTest?.id ?? null,
      postTestLessonId: postTest?.id ?? null,
      preTestTitle: preTest?.title ?? null,
      postTestTitle: postTest?.title ?? null,
      course: gainFigures(learners),
      classes: await this.classes(scope, learners),
    };
  }

  /** Learners with at least one of the two scores, by learner id; `assignmentId` keeps one class. */
  async learners(actor: Actor, query: { courseId: string; assignmentId?: string | null; first: number; after?: string | null }): Promise<LearnerGainConnection> {
    assertResultsPageSize(query.first);
    if (query.assignmentId) assertIdArgument(query.assignmentId, 'assignmentId');
    const afterId = decodeIdCursor(query.after);
    const { course } = await this.access.course(actor, query.courseId, Permission.ReadLearnerProgress);
    const all = (await this.tests(course)).learners;
    const learners = query.assignmentId ? all.filter((learner) => learner.assignmentId === query.assignmentId) : all;
    const rest = afterId ? learners.filter((learner) => learner.userId > afterId) : learners;
    const edges = rest.slice(0, query.first).map((learner) => ({ cursor: encodeCursor({ i: learner.userId }), node: { ...learner, gain: gainOf(learner) } }));
    return { edges, pageInfo: { hasNextPage: rest.length > query.first, endCursor: edges.at(-1)?.cursor ?? null }, totalCount: learners.length };
  }

  /** The pre-test and post-test as learners take them now (at most one of each per course), and every learner's scores. */
  private async tests(course: CourseRecord): Promise<GainTests> {
    const lessons = await this.lessons.findContentByCourseVersions([{ courseId: course.id, version: course.publishedVersion }]);
    const preTest = lessons.find((lesson) => lesson.kind === 'quiz' && lesson.quiz?.role === 'pre_test') ?? null;
    const postTest = lessons.find((lesson) => lesson.kind === 'quiz' && lesson.quiz?.role === 'post_test') ?? null;
    const graded = await this.attempts.findGradedForLessons(course.id, [preTest, postTest].flatMap((lesson) => (lesson ? [lesson.id] : [])));
    const pre = graded.filter((attempt) => attempt.lessonId === preTest?.id);
    const post = graded.filter((attempt) => attempt.lessonId === postTest?.id);
    return { preTest, postTest, learners: learnerScores(pre, post, postTest?.quiz?.scoring ?? 'highest') };
  }

  /** One entry per class with a learner, in the order the classes were assigned; self-enrolled learners last. */
  private async classes(scope: AgencyScope, learners: readonly LearnerScores[]): Promise<ClassGainModel[]> {
    const byClass = new Map<string | null, LearnerScores[]>();
    for (const learner of learners) byClass.set(learner.assignmentId, [...(byClass.get(learner.assignmentId) ?? []), learner]);
    const assignmentIds = [...byClass.keys()].filter((id): id is string => id !== null);
    const assignments = new Map((await this.assignments.findByIds(scope, assignmentIds)).map((assignment) => [assignment.id, assignment]));
    const order = (id: string | null) => (id === null ? Infinity : (assignments.get(id)?.createdAt.getTime() ?? Number.MAX_SAFE_INTEGER));
    return [...byClass.entries()]
      .sort(([a], [b]) => order(a) - order(b) || String(a).localeCompare(String(b)))
      .map(([assignmentId, members]) => {
        const label = classLabel(assignmentId, assignmentId === null ? undefined : assignments.get(assignmentId));
        return { assignmentId, label: label.id, labelEn: label.en, summary: gainFigures(members) };
      });
  }
}
