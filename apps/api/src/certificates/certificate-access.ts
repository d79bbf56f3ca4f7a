import { Injectable } from '@nestjs/common';
import { AgencyRepository, CertificateRepository, type AgencyRecord, type AgencyScope, type CertificateRecord } from '@lentera/db';
import { hasPermission, type Actor } from '../auth/actor';
import { AgencyAccess } from '../auth/agency-access';
import { forbidden } from '../auth/auth-errors';
import { Permission } from '../auth/permissions';
import { agencyNotFound, assertCertificateId, certificateNotFound } from './certificates.errors';

/**
 * Who may reach a certificate: its learner (to read it) and IssueCertificates in its agency
 * (to read and change it). Like the other admin views, an unknown id is NOT_FOUND and a
 * certificate of someone else in another agency is FORBIDDEN.
 */
@Injectable()
export class CertificateAccess {
  constructor(
    private readonly certificates: CertificateRepository,
    private readonly agencies: AgencyRepository,
    private readonly access: AgencyAccess,
  ) {}

  /** A certificate its learner or its agency's issuers may read. */
  async readable(actor: Actor, certificateId: string): Promise<CertificateRecord> {
    const certificate = await this.find(certificateId);
    if (certificate.userId !== actor.userId && !hasPermission(actor, Permission.IssueCertificates, certificate.agencyId)) throw forbidden();
    return certificate;
  }

  /** A certificate the actor may revoke or re-issue, with the scope of its agency. */
  async manageable(actor: Actor, certificateId: string): Promise<{ certificate: CertificateRecord; scope: AgencyScope }> {
    const certificate = await this.find(certificateId);
    return { certificate, scope: this.access.scope(actor, Permission.IssueCertificates, certificate.agencyId) };
  }

  /** An agency the actor issues certificates for (the access guard has checked the permission; this checks it exists). */
  async agency(actor: Actor, agencyId: string): Promise<{ agency: AgencyRecord; scope: AgencyScope }> {
    const scope = this.access.scope(actor, Permission.IssueCertificates, agencyId);
    const agency = await this.agencies.findById(agencyId);
    if (!agency) throw agencyNotFound();
    return { agency, scope };
  }

  private async find(certificateId: string): Promise<CertificateRecord> {
    assertCertificateId(certificateId);
    const certificate = await this.certificates.findById(certificateId);
    if (!certificate) throw certificateNotFound();
    return certificate;
  }
}
