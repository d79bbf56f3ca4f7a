import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { isValidId, UserRepository, type ExternalActivityRecord, type UserRecord } from '@lentera/db';
import { RequirePermission, SignedIn } from '../auth/access.decorator';
import { hasPermission, type Actor } from '../auth/actor';
import { AgencyAccess } from '../auth/agency-access';
import { sessionEnded } from '../auth/auth-errors';
import { CurrentActor } from '../auth/current-actor.decorator';
import { Permission } from '../auth/permissions';
import { assertPageSize, decodeCursor, encodeCursor } from '../graphql/pagination';
import { EvidenceUrlSigner } from './evidence-url.signer';
import { ExternalActivityService } from './external-activity.service';
import { invalidCursor } from './jp-ledger.errors';
import { JpLedgerService } from './jp-ledger.service';
import {
  AgencyJpReportModel,
  ExternalActivityConnection,
  ExternalActivityInput,
  ExternalActivityModel,
  ExternalActivityStatus,
  JpLedgerModel,
  JpPolicyInput,
  JpPolicyModel,
} from './jp-ledger.model';
import { employmentTypeOf, toExternalActivityModel, toJpLedgerModel } from './jp-ledger.mapper';
import { JpPolicyService } from './jp-policy.service';

/** The JP ledger: a learner's own (signed in), and an agency's review, policy and report (ManageJp). */
@Resolver()
export class JpLedgerResolver {
  constructor(
    private readonly ledgers: JpLedgerService,
    private readonly activities: ExternalActivityService,
    private readonly policies: JpPolicyService,
    private readonly evidenceUrls: EvidenceUrlSigner,
    private readonly users: UserRepository,
    private readonly access: AgencyAccess,
  ) {}

  @SignedIn()
  @Query(() => JpLedgerModel, { description: "The caller's JP for a calendar year (Asia/Jakarta; default this year)" })
  async myJpLedger(@CurrentActor() actor: Actor, @Args('year', { type: () => Int, nullable: true }) year: number | null): Promise<JpLedgerModel> {
    const ledger = await this.ledgers.ofLearner(await this.me(actor), year ?? null);
    return toJpLedgerModel(ledger, (activity) => this.evidenceUrls.url(activity.id));
  }

  @SignedIn()
  @Query(() => [ExternalActivityModel], { description: "The caller's external activities, latest end date first" })
  async myExternalActivities(@CurrentActor() actor: Actor): Promise<ExternalActivityModel[]> {
    return (await this.activities.mine(actor.userId)).map((activity) => this.view(activity));
  }

  @SignedIn()
  @Mutation(() => ExternalActivityModel, { description: 'Records an activity outside Lentera with its evidence (uploaded first to POST /jp-ledger/evidence); pending until reviewed' })
  async recordExternalActivity(@CurrentActor() actor: Actor, @Args('input') input: ExternalActivityInput): Promise<ExternalActivityModel> {
    return this.view(await this.activities.record(await this.me(actor), input));
  }

  @RequirePermission(Permission.ManageJp, { agencyArg: 'agencyId' })
  @Query(() => ExternalActivityConnection, { description: "External activities of the agency's learners, newest first" })
  async externalActivityQueue(
    @CurrentActor() actor: Actor,
    @Args('agencyId', { type: () => ID }) agencyId: string,
    @Args('status', { type: () => ExternalActivityStatus, nullable: true }) status: ExternalActivityStatus | null,
    @Args('first', { type: () => Int, defaultValue: 50 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ): Promise<ExternalActivityConnection> {
    assertPageSize(first);
    const scope = this.access.scope(actor, Permission.ManageJp, agencyId);
    const beforeId = after ? decodeCursor(after, ['id']).id : null;
    if (beforeId !== null && !isValidId(beforeId)) throw invalidCursor();
    const page = await this.activities.queue(scope, status ?? null, first + 1, beforeId);
    const nodes = page.nodes.slice(0, first);
    const learners = new Map((await this.activities.learnersOf(nodes)).map((user) => [user.id, user]));
    const last = nodes.at(-1);
    return {
      nodes: nodes.map((activity) => this.view(activity, learners.get(activity.userId))),
      totalCount: page.totalCount,
      pageInfo: { hasNextPage: page.nodes.length > first, endCursor: last ? encodeCursor({ id: last.id }) : null },
    };
  }

  @SignedIn()
  @Mutation(() => ExternalActivityModel, { description: 'Approves or rejects a pending activity (a rejection needs a note); ManageJp in its agency' })
  async reviewExternalActivity(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('approve', { type: () => Boolean }) approve: boolean,
    @Args('note', { type: () => String, nullable: true }) note: string | null,
  ): Promise<ExternalActivityModel> {
    const activity = await this.activities.readable(actor.userId, id, (agencyId) => hasPermission(actor, Permission.ManageJp, agencyId));
    const scope = this.access.scope(actor, Permission.ManageJp, activity.agencyId);
    const reviewed = await this.activities.review(scope, actor.userId, id, approve, note ?? null);
    const [learner] = await this.activities.learnersOf([reviewed]);
    return this.view(reviewed, learner);
  }

  @RequirePermission(Permission.ManageJp, { agencyArg: 'agencyId' })
  @Query(() => JpPolicyModel, { description: "The agency's JP policy (defaults until it saves its own)" })
  jpPolicy(@CurrentActor() actor: Actor, @Args('agencyId', { type: () => ID }) agencyId: string): Promise<JpPolicyModel> {
    return this.policies.get(this.access.scope(actor, Permission.ManageJp, agencyId));
  }

  @RequirePermission(Permission.ManageJp, { agencyArg: 'agencyId' })
  @Mutation(() => JpPolicyModel, { description: 'Sets minutes per JP and yearly targets; ledgers use it from now on' })
  updateJpPolicy(
    @CurrentActor() actor: Actor,
    @Args('agencyId', { type: () => ID }) agencyId: string,
    @Args('input') input: JpPolicyInput,
  ): Promise<JpPolicyModel> {
    return this.policies.update(this.access.scope(actor, Permission.ManageJp, agencyId), input, actor.userId);
  }

  @RequirePermission(Permission.ManageJp, { agencyArg: 'agencyId' })
  @Query(() => AgencyJpReportModel, { description: "The agency's learners below their yearly JP target, with counts per work unit" })
  async agencyJpReport(
    @CurrentActor() actor: Actor,
    @Args('agencyId', { type: () => ID }) agencyId: string,
    @Args('year', { type: () => Int, nullable: true }) year: number | null,
    @Args('workUnit', { type: () => String, nullable: true }) workUnit: string | null,
  ): Promise<AgencyJpReportModel> {
    const report = await this.ledgers.agencyReport(this.access.scope(actor, Permission.ManageJp, agencyId), year ?? null, workUnit ?? null);
    return {
      year: report.year,
      workUnits: report.workUnits,
      belowTarget: report.belowTarget.map(({ user, ledger }) => ({
        userId: user.id,
        fullName: user.fullName,
        nip: user.nip,
        workUnit: user.workUnit,
        employmentType: employmentTypeOf(user),
        jp: ledger.totalJp,
        targetJp: ledger.targetJp,
        missingJp: ledger.missingJp,
      })),
    };
  }

  private view(activity: ExternalActivityRecord, learner?: UserRecord): ExternalActivityModel {
    return toExternalActivityModel(activity, this.evidenceUrls.url(activity.id), learner);
  }

  private async me(actor: Actor): Promise<UserRecord> {
    const user = await this.users.findById(actor.userId);
    if (!user) throw sessionEnded();
    return user;
  }
}
