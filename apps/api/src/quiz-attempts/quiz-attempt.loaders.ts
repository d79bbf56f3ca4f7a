import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import {
  LessonRepository,
  QuizAnswerRepository,
  QuizAttemptRepository,
  QuizGradingRepository,
  type QuizAnswerRecord,
  type QuizAttemptRecord,
  type QuizAttemptSummaryRecord,
  type QuizGradingRecord,
  type QuizSettingsRecord,
} from '@lentera/db';
import type { Loaders } from '../graphql/loaders';

export interface LearnerLessonKey {
  userId: string;
  lessonId: string;
}

export interface QuizLessonKey {
  courseId: string;
  version: number;
  lessonId: string;
}

/** The quiz reads of one GraphQL request, batched: a list of attempts costs one query per kind of read. */
export interface QuizLoaders {
  /** Attempts with their questions (keys included: server-side only); null for unknown ids. */
  attemptById: DataLoader<string, QuizAttemptRecord | null>;
  /** A learner's attempts at a quiz, newest first, without questions. */
  attemptsByLearnerLesson: DataLoader<LearnerLessonKey, QuizAttemptSummaryRecord[], string>;
  gradingByAttemptId: DataLoader<string, QuizGradingRecord | null>;
  /** The on-time answers saved for an attempt's questions (late ones are the graders' to see). */
  onTimeAnswersByAttemptId: DataLoader<string, QuizAnswerRecord[]>;
  /** A quiz lesson's settings in one course version; null when the version has no such quiz. */
  settingsByLesson: DataLoader<QuizLessonKey, QuizSettingsRecord | null, string>;
}

// One set per request, kept beside the request's general loaders (graphql/loaders.ts) rather
// than in them: the key is that request's Loaders object, so nothing is shared across requests.
const perRequest = new WeakMap<Loaders, QuizLoaders>();

@Injectable()
export class QuizAttemptLoaders {
  constructor(
    private readonly attempts: QuizAttemptRepository,
    private readonly answers: QuizAnswerRepository,
    private readonly gradings: QuizGradingRepository,
    private readonly lessons: LessonRepository,
  ) {}

  of(requestLoaders: Loaders): QuizLoaders {
    let loaders = perRequest.get(requestLoaders);
    if (!loaders) {
      loaders = this.create();
      perRequest.set(requestLoaders, loaders);
    }
    return loaders;
  }

  private create(): QuizLoaders {
    return {
      attemptById: new DataLoader(async (ids) => {
        const byId = new Map((await this.attempts.findByIds(ids)).map((attempt) => [attempt.id, attempt]));
        return ids.map((id) => byId.get(id) ?? null);
      }),
      attemptsByLearnerLesson: new DataLoader(
        async (keys) => {
          const byKey = new Map(keys.map((key) => [learnerLessonKey(key), [] as QuizAttemptSummaryRecord[]]));
          // A request is one learner's: in practice a single query for any number of quizzes.
          const lessonIdsByUser = new Map<string, string[]>();
          for (const key of keys) lessonIdsByUser.set(key.userId, [...(lessonIdsByUser.get(key.userId) ?? []), key.lessonId]);
          const rows = await Promise.all([...lessonIdsByUser].map(([userId, lessonIds]) => this.attempts.findByLearnerLessons(userId, lessonIds)));
          for (const attempt of rows.flat()) byKey.get(learnerLessonKey(attempt))?.push(attempt);
          return keys.map((key) => byKey.get(learnerLessonKey(key)) ?? []);
        },
        { cacheKeyFn: learnerLessonKey },
      ),
      gradingByAttemptId: new DataLoader(async (ids) => {
        const byId = new Map((await this.gradings.findByAttemptIds(ids)).map((grading) => [grading.attemptId, grading]));
        return ids.map((id) => byId.get(id) ?? null);
      }),
      // One sheet per attempt, read by _id: the only lookup FerretDB answers without a scan
      // (an `$in` over several would be one), so one lookup per attempt.
      onTimeAnswersByAttemptId: new DataLoader((ids) => Promise.all(ids.map((id) => this.answers.findByAttempt(id)))),
      settingsByLesson: new DataLoader(
        async (keys) => {
          const versions = [...new Map(keys.map((key) => [`${key.courseId}:${key.version}`, { courseId: key.courseId, version: key.version }])).values()];
          const byKey = new Map<string, QuizSettingsRecord | null>();
          for (const lesson of await this.lessons.findContentByCourseVersions(versions)) {
            byKey.set(quizLessonKey({ courseId: lesson.courseId, version: lesson.version, lessonId: lesson.id }), lesson.quiz);
          }
          return keys.map((key) => byKey.get(quizLessonKey(key)) ?? null);
        },
        { cacheKeyFn: quizLessonKey },
      ),
    };
  }
}

function learnerLessonKey(key: LearnerLessonKey): string {
  return `${key.userId}:${key.lessonId}`;
}

function quizLessonKey(key: QuizLessonKey): string {
  return `${key.courseId}:${key.version}:${key.lessonId}`;
}
