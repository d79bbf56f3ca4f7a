import { Injectable } from '@nestjs/common';
import { CourseRepository, DRAFT_VERSION, LessonRepository, QuestionRepository, type CourseRecord, type QuizSettingsRecord } from '@lentera/db';
import type { Actor } from '../auth/actor';
import { AuthoringAccess } from '../authoring/authoring-access';
import { assertId, lessonNotFound } from '../authoring/authoring.errors';
import { assertKnownQuestions, checkedQuizSettings } from './quiz-settings.checks';
import { notAQuizLesson, quizRoleTaken } from './quiz-bank.errors';

/**
 * A quiz lesson's settings are part of the draft: an edit names the course revision it started
 * from, like AuthoringOutlineService.updateLesson, and learners see them once published.
 */
@Injectable()
export class QuizSettingsService {
  constructor(
    private readonly courses: CourseRepository,
    private readonly lessons: LessonRepository,
    private readonly questions: QuestionRepository,
    private readonly authoring: AuthoringAccess,
  ) {}

  async update(actor: Actor, courseId: string, revision: number, lessonId: string, input: QuizSettingsRecord): Promise<CourseRecord> {
    assertId(lessonId, 'lesson');
    const checked = checkedQuizSettings(input);
    const edit = await this.authoring.forDraftEdit(actor, courseId, revision);
    const draft = await this.lessons.findContentByCourseVersions([{ courseId, version: DRAFT_VERSION }]);
    const lesson = draft.find((candidate) => candidate.id === lessonId);
    if (!lesson) throw lessonNotFound();
    if (lesson.kind !== 'quiz') throw notAQuizLesson();
    if (checked.role !== 'none') {
      // FerretDB does not lock: two edits at once could both pass; publishing checks again.
      const other = draft.find((candidate) => candidate.id !== lessonId && candidate.quiz?.role === checked.role);
      if (other) throw quizRoleTaken(checked.role, other.title);
    }
    if (checked.questionIds.length) {
      const found = await this.questions.findByIds(checked.questionIds);
      assertKnownQuestions(checked, new Set(found.filter((question) => question.courseId === courseId).map((question) => question.id)));
    }
    await this.courses.bumpRevision(edit.scope, courseId, revision);
    await this.lessons.setDraftQuiz(courseId, lessonId, checked);
    return (await this.courses.findInAgency(edit.scope, courseId)) ?? edit.course;
  }
}
