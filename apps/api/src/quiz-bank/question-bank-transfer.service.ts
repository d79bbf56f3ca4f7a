import { Injectable, Logger } from '@nestjs/common';
import { QuestionRepository } from '@lentera/db';
import type { Actor } from '../auth/actor';
import { formatCsvBank, parseCsvBank } from './question-bank-csv';
import { MAX_IMPORT_BYTES, MAX_LISTED_PROBLEMS, type ImportProblem } from './question-bank-format';
import { formatJsonBank, parseJsonBank } from './question-bank-json';
import { planImport, rowProblems } from './question-import';
import { QuizBankAccess } from './quiz-bank-access';
import { emptyImport, importTooLarge } from './quiz-bank.errors';
import { QuestionBankFormat } from './quiz-enums';

export interface ImportOutcome {
  created: number;
  updated: number;
  unchanged: number;
  problems: ImportProblem[];
}

/** Import and export of a whole bank (JSON or CSV, see README.md). An import is all or nothing. */
@Injectable()
export class QuestionBankTransferService {
  private readonly logger = new Logger(QuestionBankTransferService.name);

  constructor(
    private readonly questions: QuestionRepository,
    private readonly access: QuizBankAccess,
  ) {}

  async export(actor: Actor, courseId: string, format: QuestionBankFormat): Promise<string> {
    await this.access.forRead(actor, courseId);
    const questions = await this.questions.findByCourse(courseId);
    return format === QuestionBankFormat.JSON ? formatJsonBank(questions) : formatCsvBank(questions);
  }

  /**
   * Reads and checks every question first; with any problem nothing is written and the
   * problems come back. Keys decide: a new key is created, a known one updated when it changed.
   */
  async import(actor: Actor, courseId: string, format: QuestionBankFormat, content: string): Promise<ImportOutcome> {
    const course = await this.access.forChange(actor, courseId);
    if (Buffer.byteLength(content, 'utf8') > MAX_IMPORT_BYTES) throw importTooLarge(MAX_IMPORT_BYTES);
    const file = format === QuestionBankFormat.JSON ? parseJsonBank(content) : parseCsvBank(content);
    if (file.rows.length === 0 && file.problems.length === 0) throw emptyImport();
    const problems = [...file.problems, ...rowProblems(file.rows)].sort((a, b) => a.line - b.line);
    if (problems.length) {
      this.logger.log({ courseId, problems: problems.length }, 'question bank import refused');
      return { created: 0, updated: 0, unchanged: 0, problems: problems.slice(0, MAX_LISTED_PROBLEMS) };
    }
    const existing = await this.questions.findByKeys(courseId, file.rows.map((row) => row.key));
    const plan = planImport(file.rows, existing);
    await this.questions.upsertByKeys({ courseId, agencyId: course.agencyId }, plan.upserts);
    this.logger.log({ courseId, created: plan.created, updated: plan.updated, unchanged: plan.unchanged }, 'question bank imported');
    return { created: plan.created, updated: plan.updated, unchanged: plan.unchanged, problems: [] };
  }
}
