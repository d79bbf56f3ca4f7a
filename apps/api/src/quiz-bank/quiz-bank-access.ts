import { Injectable } from '@nestjs/common';
import { QuestionRepository, type CourseRecord, type QuestionRecord } from '@lentera/db';
import type { Actor } from '../auth/actor';
import { Permission } from '../auth/permissions';
import { AuthoringAccess } from '../authoring/authoring-access';
import { archivedCourse } from '../authoring/authoring.errors';
import { assertQuestionId, questionNotFound } from './quiz-bank.errors';

/** A course's bank belongs to its authors: AuthorCourses in the course's agency, for reading too (it holds the keys). */
@Injectable()
export class QuizBankAccess {
  constructor(
    private readonly authoring: AuthoringAccess,
    private readonly questions: QuestionRepository,
  ) {}

  async forRead(actor: Actor, courseId: string): Promise<CourseRecord> {
    return (await this.authoring.forChange(actor, courseId, Permission.AuthorCourses)).course;
  }

  /** An archived course no longer changes, its bank neither. */
  async forChange(actor: Actor, courseId: string): Promise<CourseRecord> {
    const course = await this.forRead(actor, courseId);
    if (course.status === 'archived') throw archivedCourse();
    return course;
  }

  async questionForChange(actor: Actor, questionId: string): Promise<{ course: CourseRecord; question: QuestionRecord }> {
    assertQuestionId(questionId);
    const question = await this.questions.findById(questionId);
    if (!question) throw questionNotFound();
    return { course: await this.forChange(actor, question.courseId), question };
  }
}
