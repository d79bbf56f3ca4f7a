import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { QuizAttemptRecord } from '@lentera/db';
import { reviewVisibility } from '@lentera/quiz';
import { SignedIn } from '../auth/access.decorator';
import type { Actor } from '../auth/actor';
import { CurrentActor } from '../auth/current-actor.decorator';
import type { GraphqlContext } from '../graphql/graphql-context';
import { quizLayouts, QuizLayout } from '../quiz-bank/quiz-enums';
import { toAttemptQuestionModels, toAttemptReviewModel, toQuizAttemptModel, toSavedAnswerModels } from './quiz-attempt.mapper';
import { AnswerInput, AttemptQuestionModel, AttemptReviewModel, QuizAttemptModel, SaveQuizAnswersResultModel, SavedAnswerModel } from './quiz-attempt.model';
import { QuizAttemptLoaders } from './quiz-attempt.loaders';
import { QuizAttemptService } from './quiz-attempt.service';
import { passedAny } from './quiz-overview.service';

/** The learner's own attempts: start, autosave, submit, read. Someone else's attempt is NOT_FOUND. */
@Resolver(() => QuizAttemptModel)
export class QuizAttemptResolver {
  constructor(
    private readonly attempts: QuizAttemptService,
    private readonly loaders: QuizAttemptLoaders,
  ) {}

  @SignedIn()
  @Query(() => QuizAttemptModel, { description: "One of the caller's own quiz attempts" })
  async quizAttempt(@CurrentActor() actor: Actor, @Args('attemptId', { type: () => ID }) attemptId: string, @Context() context: GraphqlContext): Promise<QuizAttemptModel> {
    return this.model(await this.attempts.ownAttempt(actor.userId, attemptId), context);
  }

  @SignedIn()
  @Mutation(() => QuizAttemptModel, { description: 'Starts an attempt of a quiz lesson, or returns the one in progress' })
  async startQuizAttempt(
    @CurrentActor() actor: Actor,
    @Args('courseId', { type: () => ID }) courseId: string,
    @Args('lessonId', { type: () => ID }) lessonId: string,
    @Context() context: GraphqlContext,
  ): Promise<QuizAttemptModel> {
    return this.model(await this.attempts.start(actor.userId, courseId, lessonId), context);
  }

  @SignedIn()
  @Mutation(() => SaveQuizAnswersResultModel, { description: 'Autosaves answers of an attempt in progress (after the deadline they are kept as late, not graded)' })
  async saveQuizAnswers(
    @CurrentActor() actor: Actor,
    @Args('attemptId', { type: () => ID }) attemptId: string,
    @Args('answers', { type: () => [AnswerInput] }) answers: AnswerInput[],
  ): Promise<SaveQuizAnswersResultModel> {
    const result = await this.attempts.save(actor.userId, attemptId, answers);
    return { ...result, serverNow: new Date() };
  }

  @SignedIn()
  @Mutation(() => QuizAttemptModel, { description: 'Submits an attempt for grading, with optional final answers; submitting again returns it' })
  async submitQuizAttempt(
    @CurrentActor() actor: Actor,
    @Args('attemptId', { type: () => ID }) attemptId: string,
    @Args('answers', { type: () => [AnswerInput], nullable: true }) answers: AnswerInput[] | null,
    @Context() context: GraphqlContext,
  ): Promise<QuizAttemptModel> {
    return this.model(await this.attempts.submit(actor.userId, attemptId, answers ?? null), context);
  }

  @ResolveField('layout', () => QuizLayout)
  async layout(@Parent() attempt: QuizAttemptModel, @Context() context: GraphqlContext): Promise<QuizLayout> {
    const { record } = attempt;
    const settings = await this.loaders.of(context.loaders).settingsByLesson.load({ courseId: record.courseId, version: record.courseVersion, lessonId: record.lessonId });
    return quizLayouts[settings?.layout ?? 'one_per_page'];
  }

  @ResolveField('questions', () => [AttemptQuestionModel])
  async questions(@Parent() attempt: QuizAttemptModel, @Context() context: GraphqlContext): Promise<AttemptQuestionModel[]> {
    const full = await this.loaders.of(context.loaders).attemptById.load(attempt.id);
    return toAttemptQuestionModels(full?.questions ?? []);
  }

  @ResolveField('answers', () => [SavedAnswerModel], { description: 'On-time answers saved so far (the graded ones after submission)' })
  async answers(@Parent() attempt: QuizAttemptModel, @Context() context: GraphqlContext): Promise<SavedAnswerModel[]> {
    const loaders = this.loaders.of(context.loaders);
    const { record } = attempt;
    const [full, grading] = await Promise.all([loaders.attemptById.load(record.id), isGraded(record.status) ? loaders.gradingByAttemptId.load(record.id) : null]);
    const saved = grading ? [] : await loaders.onTimeAnswersByAttemptId.load(record.id);
    const onTime = saved.filter((answer) => !record.deadline || answer.savedAt.getTime() <= record.deadline.getTime());
    return toSavedAnswerModels(full?.questions ?? [], onTime, grading);
  }

  @ResolveField('review', () => AttemptReviewModel, { nullable: true, description: "Null until the quiz's review policy allows it" })
  async review(@Parent() attempt: QuizAttemptModel, @Context() context: GraphqlContext): Promise<AttemptReviewModel | null> {
    const { record } = attempt;
    // Nothing to review before grading: no key is even read.
    if (!isGraded(record.status)) return null;
    const loaders = this.loaders.of(context.loaders);
    const [full, grading, siblings] = await Promise.all([
      loaders.attemptById.load(record.id),
      loaders.gradingByAttemptId.load(record.id),
      loaders.attemptsByLearnerLesson.load({ userId: record.userId, lessonId: record.lessonId }),
    ]);
    const visibility = reviewVisibility(record, { now: new Date(), passedAny: record.passed === true || passedAny(siblings) });
    if (!visibility.review || !full || !grading) return null;
    return toAttemptReviewModel(full.questions, grading, visibility);
  }

  /** The learner's view of an attempt; the record (read already) serves the field resolvers too. */
  private model(record: QuizAttemptRecord, context: GraphqlContext): QuizAttemptModel {
    const loader = this.loaders.of(context.loaders).attemptById;
    loader.clear(record.id).prime(record.id, record);
    return toQuizAttemptModel(record, new Date());
  }
}

function isGraded(status: QuizAttemptRecord['status']): boolean {
  return status === 'graded' || status === 'awaiting_grading';
}
