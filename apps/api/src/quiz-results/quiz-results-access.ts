import { Injectable } from '@nestjs/common';
import {
  CourseRepository,
  LessonRepository,
  QuizAttemptRepository,
  type AgencyScope,
  type CourseRecord,
  type LessonContentRecord,
  type QuizAttemptRecord,
} from '@lentera/db';
import { assertValidId, courseNotFound } from '@lentera/learning';
import type { Actor } from '../auth/actor';
import { AgencyAccess } from '../auth/agency-access';
import { Permission } from '../auth/permissions';
import { attemptNotFound, notAQuizLesson } from '../quiz-attempts/quiz-attempt.errors';
import { assertIdArgument, quizLessonNotFound } from './quiz-results.errors';

/**
 * Who may read a course's quiz results: ReadLearnerProgress (results, summary, learning gain) or
 * GradeQuizzes (answers, essays) in the course's agency. Like the other course-scoped admin
 * views, an unknown course or attempt is NOT_FOUND and another agency's is FORBIDDEN.
 */
@Injectable()
export class QuizResultsAccess {
  constructor(
    private readonly courses: CourseRepository,
    private readonly lessons: LessonRepository,
    private readonly attempts: QuizAttemptRepository,
    private readonly access: AgencyAccess,
  ) {}

  async course(actor: Actor, courseId: string, permission: Permission): Promise<{ course: CourseRecord; scope: AgencyScope }> {
    assertValidId(courseId, 'course');
    const course = await this.courses.findById(courseId);
    if (!course) throw courseNotFound();
    return { course, scope: this.access.scope(actor, permission, course.agencyId) };
  }

  /** An attempt with its questions (keys included) for its graders. */
  async attempt(actor: Actor, attemptId: string): Promise<{ attempt: QuizAttemptRecord; course: CourseRecord }> {
    assertIdArgument(attemptId, 'attemptId');
    const attempt = await this.attempts.findById(attemptId);
    if (!attempt) throw attemptNotFound();
    this.access.scope(actor, Permission.GradeQuizzes, attempt.agencyId);
    const course = await this.courses.findById(attempt.courseId);
    if (!course) throw attemptNotFound();
    return { attempt, course };
  }

  /**
   * A quiz lesson of the course as learners take it now (the published version), or as drafted
   * when the course was never published; its settings say which score counts.
   */
  async quizLesson(course: CourseRecord, lessonId: string): Promise<LessonContentRecord> {
    assertValidId(lessonId, 'lesson');
    const lesson = await this.lessons.findContent({ courseId: course.id, version: course.publishedVersion }, lessonId);
    if (!lesson) throw quizLessonNotFound();
    if (lesson.kind !== 'quiz') throw notAQuizLesson();
    return lesson;
  }
}
