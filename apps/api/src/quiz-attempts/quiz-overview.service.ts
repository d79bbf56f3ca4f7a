import { Injectable } from '@nestjs/common';
import { QuestionRepository, type QuizAttemptSummaryRecord, type QuizSettingsRecord } from '@lentera/db';
import { countedAttempt } from '@lentera/quiz';
import { quizLayouts, quizReviewPolicies, quizRoles, quizScorings } from '../quiz-bank/quiz-enums';
import { startRefusals } from './quiz-attempt.errors';
import { toQuizAttemptModel } from './quiz-attempt.mapper';
import type { QuizOverviewModel } from './quiz-attempt.model';
import type { QuizLoaders } from './quiz-attempt.loaders';
import { loadQuizBank, openAttempt, quizShape, startRefusal } from './quiz-rules';

export interface QuizLessonContext {
  userId: string;
  courseId: string;
  lessonId: string;
  settings: QuizSettingsRecord;
  /** False for an author's or admin's preview: they see the quiz but cannot start it. */
  openedAsLearner: boolean;
}

/** What a quiz lesson shows before and between attempts: the rules, the learner's attempts, whether they may start. */
@Injectable()
export class QuizOverviewService {
  constructor(private readonly questions: QuestionRepository) {}

  async overview(context: QuizLessonContext, loaders: QuizLoaders): Promise<QuizOverviewModel> {
    const now = new Date();
    const { settings } = context;
    const [attempts, bank] = await Promise.all([
      loaders.attemptsByLearnerLesson.load({ userId: context.userId, lessonId: context.lessonId }),
      loadQuizBank(this.questions, context.courseId, settings),
    ]);
    const shape = quizShape(settings, bank);
    const open = openAttempt(attempts, now);
    const refusal = !context.openedAsLearner
      ? startRefusals.preview()
      : (startRefusal(settings, attempts, now) ?? (open || shape.questionCount > 0 ? null : startRefusals.noQuestions()));
    return {
      questionCount: shape.questionCount,
      totalPoints: shape.totalPoints,
      timeLimitMinutes: settings.timeLimitMinutes,
      maxAttempts: settings.maxAttempts,
      attemptsUsed: attempts.length,
      passingPercent: settings.passingPercent,
      opensAt: settings.opensAt,
      closesAt: settings.closesAt,
      scoring: quizScorings[settings.scoring],
      layout: quizLayouts[settings.layout],
      role: quizRoles[settings.role],
      review: quizReviewPolicies[settings.review],
      correctAnswers: quizReviewPolicies[settings.correctAnswers],
      canStart: refusal === null,
      cannotStartReason: refusal?.message.id ?? null,
      cannotStartReasonEn: refusal?.message.en ?? null,
      inProgressAttempt: open ? toQuizAttemptModel(open, now) : null,
      attempts: attempts.map((attempt) => toQuizAttemptModel(attempt, now)),
      countedPercent: countedAttempt(attempts, settings.scoring)?.percent ?? null,
      passed: passedAny(attempts),
    };
  }
}

/** Passing any attempt completes the lesson, whichever score counts. */
export function passedAny(attempts: readonly Pick<QuizAttemptSummaryRecord, 'passed'>[]): boolean {
  return attempts.some((attempt) => attempt.passed === true);
}
