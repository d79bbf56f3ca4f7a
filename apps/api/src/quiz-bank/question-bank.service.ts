import { Injectable, Logger } from '@nestjs/common';
import { isDuplicateKeyError, QuestionRepository, type QuestionContent, type QuestionRecord } from '@lentera/db';
import { DomainError, ErrorCode } from '@lentera/errors';
import { checkQuestionContent, withContentIds } from '@lentera/quiz';
import type { Actor } from '../auth/actor';
import { decodeIdCursor, idConnection } from '../graphql/pagination';
import { toBankQuestionModel } from './question.mapper';
import type { BankQuestionConnection } from './question.model';
import { QuizBankAccess } from './quiz-bank-access';
import { assertQuestionId, invalidQuestion, invalidQuestionKey, MAX_KEY_LENGTH, questionKeyTaken, staleQuestion, tooManyQuestionIds } from './quiz-bank.errors';
import { QUIZ_LIMITS } from './quiz-settings.checks';

/** The bank lists allow larger pages than the API's default: the editor shows a whole topic. */
export const MAX_BANK_PAGE_SIZE = 100;

export interface QuestionBankPageArgs {
  courseId: string;
  tag?: string | null;
  search?: string | null;
  first: number;
  after?: string | null;
}

/** The bank editor: one question at a time, each edit naming the revision it started from. */
@Injectable()
export class QuestionBankService {
  private readonly logger = new Logger(QuestionBankService.name);

  constructor(
    private readonly questions: QuestionRepository,
    private readonly access: QuizBankAccess,
  ) {}

  async page(actor: Actor, args: QuestionBankPageArgs): Promise<BankQuestionConnection> {
    assertBankPageSize(args.first);
    const afterId = decodeIdCursor(args.after);
    await this.access.forRead(actor, args.courseId);
    const { questions, totalCount } = await this.questions.findPage({
      courseId: args.courseId,
      tag: args.tag?.trim() || undefined,
      search: args.search?.trim() || undefined,
      afterId,
      limit: args.first + 1,
    });
    return idConnection(questions, args.first, totalCount, toBankQuestionModel);
  }

  /**
   * The course's questions with these ids, in the order asked; ids of other courses' questions
   * or of deleted ones are left out. A FIXED quiz names its questions by id, wherever in the bank they are.
   */
  async byIds(actor: Actor, courseId: string, ids: readonly string[]): Promise<QuestionRecord[]> {
    // As many as a FIXED quiz holds.
    if (ids.length > QUIZ_LIMITS.fixedQuestions) throw tooManyQuestionIds(QUIZ_LIMITS.fixedQuestions);
    ids.forEach(assertQuestionId);
    await this.access.forRead(actor, courseId);
    const unique = [...new Set(ids)];
    const found = new Map((await this.questions.findByIds(unique)).filter((question) => question.courseId === courseId).map((question) => [question.id, question]));
    return unique.flatMap((id) => found.get(id) ?? []);
  }

  async tags(actor: Actor, courseId: string): Promise<Array<{ tag: string; count: number }>> {
    await this.access.forRead(actor, courseId);
    return this.questions.tagCounts(courseId);
  }

  async create(actor: Actor, courseId: string, content: QuestionContent, key: string | null | undefined): Promise<QuestionRecord> {
    const course = await this.access.forChange(actor, courseId);
    const checked = checkedContent(content);
    const questionKey = key == null || key.trim() === '' ? undefined : checkedKey(key);
    try {
      const question = await this.questions.create({ courseId, agencyId: course.agencyId, key: questionKey, ...checked });
      this.logger.log({ courseId, questionId: question.id }, 'question created');
      return question;
    } catch (error) {
      if (isDuplicateKeyError(error) && questionKey) throw questionKeyTaken(questionKey);
      throw error;
    }
  }

  /**
   * Replaces the whole content. `contentOf` builds it from the input once the question is
   * loaded, so the ids it keeps are the question's own.
   */
  async update(actor: Actor, questionId: string, revision: number, contentOf: (existing: QuestionRecord) => QuestionContent): Promise<QuestionRecord> {
    const { question } = await this.access.questionForChange(actor, questionId);
    if (question.revision !== revision) throw staleQuestion();
    const updated = await this.questions.replace(questionId, revision, checkedContent(contentOf(question)));
    if (!updated) throw staleQuestion();
    this.logger.log({ courseId: question.courseId, questionId, revision: updated.revision }, 'question updated');
    return updated;
  }

  /**
   * Attempts copied their questions when they started, so they are unaffected. A quiz that
   * names the question refuses to publish until it is replaced (CoursePublicationService).
   */
  async delete(actor: Actor, questionId: string): Promise<boolean> {
    const { question } = await this.access.questionForChange(actor, questionId);
    await this.questions.delete(questionId);
    this.logger.log({ courseId: question.courseId, questionId }, 'question deleted');
    return true;
  }
}

/** The content with ids filled in, or BAD_USER_INPUT with the first problem. */
export function checkedContent(content: QuestionContent): QuestionContent {
  const [problem] = checkQuestionContent(content);
  if (problem) throw invalidQuestion(problem);
  return withContentIds(content);
}

export function checkedKey(key: string): string {
  const trimmed = key.trim();
  if (trimmed.length < 1 || trimmed.length > MAX_KEY_LENGTH || /[\r\n]/.test(trimmed)) throw invalidQuestionKey();
  return trimmed;
}

function assertBankPageSize(first: number): void {
  if (!Number.isInteger(first) || first < 1 || first > MAX_BANK_PAGE_SIZE) {
    throw new DomainError(ErrorCode.BadUserInput, {
      id: `Jumlah per halaman harus antara 1 dan ${MAX_BANK_PAGE_SIZE}.`,
      en: `Page size must be between 1 and ${MAX_BANK_PAGE_SIZE}.`,
    });
  }
}
