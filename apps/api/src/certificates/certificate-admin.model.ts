import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { PageInfo } from '../graphql/pagination';
import { CertificateAuditAction, SigningKeyStatus } from './certificate-enums';

// An agency's signing keys and certificate audit log, for its admins.

@ObjectType('SigningKey')
export class SigningKeyModel {
  @Field(() => String)
  keyId!: string;

  @Field(() => SigningKeyStatus)
  status!: SigningKeyStatus;

  @Field(() => Date)
  activatedAt!: Date;

  @Field(() => Date, { nullable: true })
  retiredAt!: Date | null;

  @Field(() => String, { description: 'Ed25519 public key (SPKI PEM): what anyone checks a certificate against' })
  publicKeyPem!: string;
}

@ObjectType('CertificateAuditEntry')
export class CertificateAuditEntryModel {
  @Field(() => Int)
  seq!: number;

  @Field(() => CertificateAuditAction)
  action!: CertificateAuditAction;

  @Field(() => ID, { nullable: true })
  certificateId!: string | null;

  @Field(() => String, { nullable: true, description: 'The certificate number the entry is about' })
  number!: string | null;

  /** Not a GraphQL field: `actorName` resolves it (null: the system did it, e.g. at completion). */
  actorId!: string | null;

  @Field(() => String, { nullable: true })
  reason!: string | null;

  @Field(() => Date)
  at!: Date;
}

@ObjectType('CertificateAuditEntryEdge')
export class CertificateAuditEntryEdge {
  @Field(() => String)
  cursor!: string;

  @Field(() => CertificateAuditEntryModel)
  node!: CertificateAuditEntryModel;
}

@ObjectType('CertificateAuditEntryConnection')
export class CertificateAuditEntryConnection {
  @Field(() => [CertificateAuditEntryEdge])
  edges!: CertificateAuditEntryEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int)
  totalCount!: number;
}

@ObjectType('CertificateAuditLog')
export class CertificateAuditLogModel {
  @Field(() => CertificateAuditEntryConnection, { description: 'Newest first' })
  entries!: CertificateAuditEntryConnection;

  @Field(() => Boolean, { description: 'Whether every entry still chains to the one before it (none edited or removed)' })
  intact!: boolean;

  @Field(() => Int, { nullable: true, description: 'The first entry where the chain breaks' })
  brokenAt!: number | null;
}
