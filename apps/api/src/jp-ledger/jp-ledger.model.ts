import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsDate, IsEnum, IsInt, IsNumber, IsString } from 'class-validator';
import { EmploymentType } from '../accounts/user.model';
import { CompetencyType } from '../catalogue/course.model';
import { PageInfo } from '../graphql/pagination';

// GraphQL enum names are the upper-case form of the stored values (externalActivityKinds, externalActivityStatuses).
export enum ExternalActivityKind {
  CLASSICAL_TRAINING = 'classical_training',
  SEMINAR = 'seminar',
  WORKSHOP = 'workshop',
  COACHING = 'coaching',
  MENTORING = 'mentoring',
  INTERNSHIP = 'internship',
  OTHER = 'other',
}
registerEnumType(ExternalActivityKind, { name: 'ExternalActivityKind', description: 'INTERNSHIP is magang' });

export enum ExternalActivityStatus {
  PENDING = 'pending',
  APPROVED = 'approved',
  REJECTED = 'rejected',
}
registerEnumType(ExternalActivityStatus, { name: 'ExternalActivityStatus' });

export enum JpLedgerEntrySource {
  COURSE = 'course',
  CERTIFICATE = 'certificate',
  EXTERNAL = 'external',
}
registerEnumType(JpLedgerEntrySource, { name: 'JpLedgerEntrySource', description: 'A completed Lentera course, a certificate issued by hand, or an approved external activity' });

@ObjectType()
export class EvidenceFileModel {
  @Field() fileName!: string;
  @Field() mediaType!: string;
  @Field(() => Int) sizeBytes!: number;
  @Field({ description: 'Signed, expires within 12 hours' }) url!: string;
}

@ObjectType('ExternalActivity')
export class ExternalActivityModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) userId!: string;
  @Field(() => ID) agencyId!: string;
  @Field(() => String, { nullable: true, description: 'The learner (for reviewers)' }) learnerName!: string | null;
  @Field(() => String, { nullable: true }) learnerNip!: string | null;
  @Field(() => ExternalActivityKind) kind!: ExternalActivityKind;
  @Field() title!: string;
  @Field() organizer!: string;
  @Field() startDate!: Date;
  @Field() endDate!: Date;
  @Field(() => Float) jp!: number;
  @Field(() => CompetencyType) competencyType!: CompetencyType;
  @Field(() => EvidenceFileModel) evidence!: EvidenceFileModel;
  @Field(() => ExternalActivityStatus) status!: ExternalActivityStatus;
  @Field(() => Date, { nullable: true }) reviewedAt!: Date | null;
  @Field(() => String, { nullable: true }) reviewNote!: string | null;
  @Field() createdAt!: Date;
}

@ObjectType()
export class ExternalActivityConnection {
  @Field(() => [ExternalActivityModel]) nodes!: ExternalActivityModel[];
  @Field(() => Int) totalCount!: number;
  @Field(() => PageInfo) pageInfo!: PageInfo;
}

@ObjectType('JpLedgerEntry')
export class JpLedgerEntryModel {
  @Field(() => JpLedgerEntrySource) source!: JpLedgerEntrySource;
  @Field(() => ID) id!: string;
  @Field() title!: string;
  @Field(() => String, { nullable: true }) institution!: string | null;
  @Field(() => CompetencyType) competencyType!: CompetencyType;
  @Field(() => Float) jp!: number;
  @Field(() => Date, { nullable: true }) startDate!: Date | null;
  @Field() endDate!: Date;
  @Field(() => String, { nullable: true }) certificateNumber!: string | null;
  @Field(() => ExternalActivityKind, { nullable: true }) externalKind!: ExternalActivityKind | null;
}

@ObjectType('JpTotals')
export class JpTotalsModel {
  @Field(() => Float) teknis!: number;
  @Field(() => Float) manajerial!: number;
  @Field(() => Float) sosialKultural!: number;
}

@ObjectType('JpLedger')
export class JpLedgerModel {
  @Field(() => Int) year!: number;
  @Field(() => [JpLedgerEntryModel]) entries!: JpLedgerEntryModel[];
  @Field(() => JpTotalsModel) totalsByCompetency!: JpTotalsModel;
  @Field(() => Float) totalJp!: number;
  @Field(() => Float) targetJp!: number;
  @Field(() => Float, { description: '0–100' }) percent!: number;
  @Field(() => Float) missingJp!: number;
  @Field(() => Float, { description: 'JP of external activities still waiting for review (not counted)' }) pendingJp!: number;
  @Field(() => [ExternalActivityModel]) pending!: ExternalActivityModel[];
}

@ObjectType('JpPolicy')
export class JpPolicyModel {
  @Field(() => ID) agencyId!: string;
  @Field(() => Int) minutesPerJp!: number;
  @Field(() => Int) yearlyTargetPns!: number;
  @Field(() => Int) yearlyTargetPppk!: number;
  @Field(() => Date, { nullable: true, description: 'Null while the agency uses the defaults' }) updatedAt!: Date | null;
}

@InputType()
export class JpPolicyInput {
  // Ranges are checked by JpPolicyService, which says what is wrong in both languages.
  @IsInt() @Field(() => Int) minutesPerJp!: number;
  @IsInt() @Field(() => Int) yearlyTargetPns!: number;
  @IsInt() @Field(() => Int) yearlyTargetPppk!: number;
}

@InputType()
export class ExternalActivityInput {
  // Lengths, dates and JP are checked by ExternalActivityService (messages in both languages).
  @IsEnum(ExternalActivityKind) @Field(() => ExternalActivityKind) kind!: ExternalActivityKind;
  @IsString() @Field() title!: string;
  @IsString() @Field() organizer!: string;
  @IsDate() @Field() startDate!: Date;
  @IsDate() @Field() endDate!: Date;
  @IsNumber() @Field(() => Float) jp!: number;
  @IsEnum(CompetencyType) @Field(() => CompetencyType) competencyType!: CompetencyType;
  @IsString() @Field({ description: 'From POST /jp-ledger/evidence' }) uploadId!: string;
}

@ObjectType('JpBelowTargetLearner')
export class BelowTargetLearnerModel {
  @Field(() => ID) userId!: string;
  @Field() fullName!: string;
  @Field(() => String, { nullable: true }) nip!: string | null;
  @Field(() => String, { nullable: true }) workUnit!: string | null;
  @Field(() => EmploymentType, { nullable: true }) employmentType!: EmploymentType | null;
  @Field(() => Float) jp!: number;
  @Field(() => Float) targetJp!: number;
  @Field(() => Float) missingJp!: number;
}

@ObjectType('JpWorkUnitCount')
export class WorkUnitCountModel {
  @Field(() => String, { nullable: true, description: 'Null: learners without a work unit' }) workUnit!: string | null;
  @Field(() => Int) learners!: number;
  @Field(() => Int) belowTarget!: number;
}

@ObjectType('AgencyJpReport')
export class AgencyJpReportModel {
  @Field(() => Int) year!: number;
  @Field(() => [WorkUnitCountModel]) workUnits!: WorkUnitCountModel[];
  @Field(() => [BelowTargetLearnerModel], { description: 'Sorted by work unit, then most JP missing' }) belowTarget!: BelowTargetLearnerModel[];
}
