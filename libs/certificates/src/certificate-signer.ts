import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@lentera/config';
import { CertificateAuditRepository, SigningKeyRepository, type SigningKeyRecord } from '@lentera/db';
import type { JsonValue } from './canonical-json';
import { certificateJson, type CertificateData } from './certificate-data';
import { signData } from './signature';
import { generateSigningKey, openSigningKey } from './signing-key';

export interface SignedCertificate {
  keyId: string;
  signedJson: string;
  signature: string;
}

/** Agencies' signing keys: created on first use, rotated by an admin, never deleted. */
@Injectable()
export class CertificateSigner {
  private readonly logger = new Logger(CertificateSigner.name);

  constructor(
    private readonly keys: SigningKeyRepository,
    private readonly audit: CertificateAuditRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The agency's active key, made now if it has none (of two at once, the unique index keeps one). */
  async activeKey(agencyId: string): Promise<SigningKeyRecord> {
    const existing = await this.keys.findActive(agencyId);
    if (existing) return existing;
    const created = await this.keys.insertActive({ agencyId, ...generateSigningKey(this.config.certificates.keySecret) }, new Date());
    if (!created) {
      const winner = await this.keys.findActive(agencyId);
      if (!winner) throw new Error(`agency ${agencyId} has no active signing key after a concurrent create`);
      return winner;
    }
    await this.audit.append({ agencyId, action: 'key_created', certificateId: null, actorId: null, reason: null, details: { keyId: created.keyId }, at: created.activatedAt });
    this.logger.log({ agencyId, keyId: created.keyId }, 'certificate signing key created');
    return created;
  }

  /**
   * A new active key; the old one is retired and keeps verifying what it signed. Two rotations at
   * once end with one active key (the unique index); the one that lost returns the winner's.
   */
  async rotate(agencyId: string, actorId: string, reason: string): Promise<SigningKeyRecord> {
    const current = await this.activeKey(agencyId);
    const now = new Date();
    await this.keys.retire(current.id, now);
    const created = await this.keys.insertActive({ agencyId, ...generateSigningKey(this.config.certificates.keySecret) }, now);
    const active = created ?? (await this.activeKey(agencyId));
    if (created) {
      await this.audit.append({ agencyId, action: 'key_rotated', certificateId: null, actorId, reason, details: { retiredKeyId: current.keyId, keyId: created.keyId }, at: now });
      this.logger.log({ agencyId, retiredKeyId: current.keyId, keyId: created.keyId }, 'certificate signing key rotated');
    }
    return active;
  }

  /** Signs the data with the agency's active key; `data.keyId` must name that key (see keyIdFor). */
  sign(data: CertificateData, key: SigningKeyRecord): SignedCertificate {
    if (data.keyId !== key.keyId) throw new Error(`certificate data names key ${data.keyId}, not ${key.keyId}`);
    const privateKey = openSigningKey(key, this.config.certificates.keySecret);
    return { keyId: key.keyId, signedJson: certificateJson(data), signature: signData(data as unknown as JsonValue, privateKey) };
  }
}
