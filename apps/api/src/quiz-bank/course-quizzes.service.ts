import { Injectable } from '@nestjs/common';
import {
  DEFAULT_QUIZ_SETTINGS,
  QuestionRepository,
  QuizAnswerRepository,
  QuizAttemptRepository,
  QuizGradingRepository,
  type LessonContentRecord,
} from '@lentera/db';
import { questionShortfalls } from '@lentera/quiz';
import { quizQuestionsMissing, quizRoleTaken, quizWithoutQuestions } from './quiz-bank.errors';

/** What publishing and deleting a course need to know about, or do to, its quizzes. */
@Injectable()
export class CourseQuizzesService {
  constructor(
    private readonly questions: QuestionRepository,
    private readonly attempts: QuizAttemptRepository,
    private readonly answers: QuizAnswerRepository,
    private readonly gradings: QuizGradingRepository,
  ) {}

  /**
   * Every quiz lesson of the draft can give each learner its questions (the fixed ones still
   * exist, every random draw has enough questions with its tag), and the course has at most one
   * pre-test and one post-test (settings edits check this too, but two at once could both pass).
   */
  async assertPublishable(courseId: string, lessons: readonly LessonContentRecord[]): Promise<void> {
    const quizzes = lessons.filter((lesson) => lesson.kind === 'quiz').sort((a, b) => a.position - b.position);
    if (quizzes.length === 0) return;
    for (const role of ['pre_test', 'post_test'] as const) {
      const [first, second] = quizzes.filter((lesson) => lesson.quiz?.role === role);
      if (second) throw quizRoleTaken(role, first.title);
    }
    const bank = await this.questions.findByCourse(courseId);
    for (const lesson of quizzes) {
      const settings = lesson.quiz ?? DEFAULT_QUIZ_SETTINGS;
      const asked = settings.selection === 'fixed' ? settings.questionIds.length : settings.draws.length;
      if (asked === 0) throw quizWithoutQuestions(lesson.title);
      const [shortfall] = questionShortfalls(settings, bank);
      if (shortfall) throw quizQuestionsMissing(lesson.title, shortfall);
    }
  }

  /**
   * The course's bank, attempts and their answers and gradings. Answers carry no course id, so
   * they go by the attempts' ids, before the attempts themselves.
   */
  async deleteAllOfCourse(courseId: string): Promise<void> {
    const attemptIds = await this.attempts.findIdsByCourse(courseId);
    await this.answers.deleteByAttempts(attemptIds);
    await this.gradings.deleteAllOfCourse(courseId);
    await this.attempts.deleteAllOfCourse(courseId);
    await this.questions.deleteAllOfCourse(courseId);
  }
}
