import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum UserImportStatus {
  QUEUED = 'queued',
  RUNNING = 'running',
  COMPLETED = 'completed',
  FAILED = 'failed',
}
registerEnumType(UserImportStatus, { name: 'UserImportStatus' });

@ObjectType('UserImportProblem')
export class UserImportProblemModel {
  @Field(() => Int, { description: 'The row as Excel numbers it; the header is row 1' })
  rowNumber!: number;

  @Field(() => String, { nullable: true, description: 'As read, or as typed when it is not a valid NIP' })
  nip!: string | null;

  @Field(() => String, { nullable: true, description: 'The column at fault as the template names it ("NIP", "Email"); null for the whole row' })
  field!: string | null;

  @Field(() => String, { description: 'Bahasa Indonesia' })
  message!: string;

  @Field(() => String)
  messageEn!: string;
}

@ObjectType('UserImport', { description: 'A bulk import of ASN from a personnel CSV into one agency' })
export class UserImportModel {
  @Field(() => ID)
  id!: string;

  /** Resolved by the `agency` field. */
  agencyId!: string;

  @Field(() => String)
  fileName!: string;

  @Field(() => UserImportStatus)
  status!: UserImportStatus;

  @Field(() => Int, { description: 'Data rows in the file, valid or not' })
  totalRows!: number;

  @Field(() => Int)
  processedRows!: number;

  @Field(() => Int)
  created!: number;

  @Field(() => Int)
  updated!: number;

  @Field(() => Int)
  unchanged!: number;

  @Field(() => Int, { description: 'Rows refused; each has one or more problems' })
  failed!: number;

  /** The first problems, read by the `problems` field. */
  firstProblems!: UserImportProblemModel[];

  @Field(() => String, { nullable: true, description: 'CSV of every problem: GET on the same origin with the Authorization header' })
  errorReportUrl!: string | null;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  finishedAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'Why the whole import failed, in Bahasa Indonesia' })
  failureReason!: string | null;
}
