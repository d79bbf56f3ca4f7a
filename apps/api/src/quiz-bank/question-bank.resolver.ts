import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { SignedIn } from '../auth/access.decorator';
import type { Actor } from '../auth/actor';
import { CurrentActor } from '../auth/current-actor.decorator';
import { QuestionBankTransferService } from './question-bank-transfer.service';
import { QuestionBankService } from './question-bank.service';
import { QuestionInput } from './question.input';
import { questionContentOf, toBankQuestionModel } from './question.mapper';
import { BankQuestionConnection, BankQuestionModel, QuestionBankImportResultModel, QuestionTagCountModel } from './question.model';
import { QuestionBankFormat } from './quiz-enums';

/** A course's question bank, for its authors (AuthorCourses in the course's agency). */
@Resolver(() => BankQuestionModel)
export class QuestionBankResolver {
  constructor(
    private readonly bank: QuestionBankService,
    private readonly transfer: QuestionBankTransferService,
  ) {}

  @SignedIn()
  @Query(() => BankQuestionConnection)
  questionBank(
    @CurrentActor() actor: Actor,
    @Args('courseId', { type: () => ID }) courseId: string,
    @Args('tag', { type: () => String, nullable: true }) tag: string | null,
    @Args('search', { type: () => String, nullable: true }) search: string | null,
    @Args('first', { type: () => Int, defaultValue: 50 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ): Promise<BankQuestionConnection> {
    return this.bank.page(actor, { courseId, tag, search, first, after });
  }

  @SignedIn()
  @Query(() => [BankQuestionModel], {
    description: 'Questions of the bank by id, in the order asked (at most 200; ids not in the bank are left out): a quiz shows its chosen ones',
  })
  async bankQuestions(
    @CurrentActor() actor: Actor,
    @Args('courseId', { type: () => ID }) courseId: string,
    @Args('ids', { type: () => [ID] }) ids: string[],
  ): Promise<BankQuestionModel[]> {
    return (await this.bank.byIds(actor, courseId, ids)).map(toBankQuestionModel);
  }

  @SignedIn()
  @Query(() => [QuestionTagCountModel])
  questionBankTags(@CurrentActor() actor: Actor, @Args('courseId', { type: () => ID }) courseId: string): Promise<QuestionTagCountModel[]> {
    return this.bank.tags(actor, courseId);
  }

  @SignedIn()
  @Query(() => String)
  exportQuestionBank(
    @CurrentActor() actor: Actor,
    @Args('courseId', { type: () => ID }) courseId: string,
    @Args('format', { type: () => QuestionBankFormat }) format: QuestionBankFormat,
  ): Promise<string> {
    return this.transfer.export(actor, courseId, format);
  }

  @SignedIn()
  @Mutation(() => BankQuestionModel)
  async createQuestion(
    @CurrentActor() actor: Actor,
    @Args('courseId', { type: () => ID }) courseId: string,
    @Args('input') input: QuestionInput,
  ): Promise<BankQuestionModel> {
    return toBankQuestionModel(await this.bank.create(actor, courseId, questionContentOf(input), input.key));
  }

  @SignedIn()
  @Mutation(() => BankQuestionModel)
  async updateQuestion(
    @CurrentActor() actor: Actor,
    @Args('questionId', { type: () => ID }) questionId: string,
    @Args('revision', { type: () => Int }) revision: number,
    @Args('input') input: QuestionInput,
  ): Promise<BankQuestionModel> {
    return toBankQuestionModel(await this.bank.update(actor, questionId, revision, (existing) => questionContentOf(input, existing)));
  }

  @SignedIn()
  @Mutation(() => Boolean)
  deleteQuestion(@CurrentActor() actor: Actor, @Args('questionId', { type: () => ID }) questionId: string): Promise<boolean> {
    return this.bank.delete(actor, questionId);
  }

  @SignedIn()
  @Mutation(() => QuestionBankImportResultModel)
  async importQuestionBank(
    @CurrentActor() actor: Actor,
    @Args('courseId', { type: () => ID }) courseId: string,
    @Args('format', { type: () => QuestionBankFormat }) format: QuestionBankFormat,
    @Args('content', { type: () => String }) content: string,
  ): Promise<QuestionBankImportResultModel> {
    const outcome = await this.transfer.import(actor, courseId, format, content);
    return {
      ...outcome,
      problems: outcome.problems.map(({ line, key, message }) => ({ line, key, message: message.id, messageEn: message.en })),
    };
  }
}
