import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';
import { CertificateContentModel } from '../certificates/certificate-content.model';
import { SigningKeyStatus } from '../certificates/certificate-enums';

export enum CertificateVerdict {
  VALID = 'valid',
  REVOKED = 'revoked',
  UNKNOWN = 'unknown',
  INVALID_SIGNATURE = 'invalid_signature',
}
registerEnumType(CertificateVerdict, {
  name: 'CertificateVerdict',
  description: 'UNKNOWN also for a certificate not issued yet; INVALID_SIGNATURE: the stored data fails its signature check',
});

@ObjectType('CertificateVerification', { description: 'What the public verification page shows for a code' })
export class CertificateVerificationModel {
  @Field(() => CertificateVerdict)
  verdict!: CertificateVerdict;

  @Field(() => String, { description: 'The code in its stored form, or as typed when it cannot be one' })
  code!: string;

  @Field(() => CertificateContentModel, { nullable: true, description: 'What the signed data says; null unless the signature checks out (VALID or REVOKED)' })
  content!: CertificateContentModel | null;

  @Field(() => Date, { nullable: true })
  revokedAt!: Date | null;

  @Field(() => String, { nullable: true })
  revokeReason!: string | null;

  @Field(() => String, { nullable: true, description: 'The number of the certificate issued to replace this one' })
  replacedByNumber!: string | null;

  @Field(() => String, { nullable: true, description: 'The key the certificate names as its signer' })
  keyId!: string | null;

  @Field(() => SigningKeyStatus, { nullable: true, description: 'Null when that key is not one of the issuing agency\'s keys' })
  keyStatus!: SigningKeyStatus | null;

  @Field(() => String, { nullable: true, description: 'sertifikat.json: the exact signed bytes' })
  dataUrl!: string | null;

  @Field(() => String, { nullable: true, description: 'sertifikat.sig: the raw 64-byte Ed25519 signature' })
  signatureUrl!: string | null;

  @Field(() => String, { nullable: true, description: 'kunci-publik.pem: the public key (SPKI PEM) that verifies it' })
  publicKeyUrl!: string | null;

  @Field(() => String, { nullable: true, description: 'open-badge.json, an Open Badges 3.0 credential (open-badge.jwt beside it); null unless VALID' })
  openBadgeUrl!: string | null;
}
