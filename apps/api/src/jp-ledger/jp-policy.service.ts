import { Injectable } from '@nestjs/common';
import { AgencyRepository, JpPolicyRepository, type AgencyScope, type JpPolicyChange, type JpPolicyRecord } from '@lentera/db';
import { agencyNotFound } from '../certificates/certificates.errors';
import { invalidPolicy } from './jp-ledger.errors';

/** An agency's JP policy: minutes per JP and yearly targets per employment type. */
@Injectable()
export class JpPolicyService {
  constructor(
    private readonly policies: JpPolicyRepository,
    private readonly agencies: AgencyRepository,
  ) {}

  async get(scope: AgencyScope): Promise<JpPolicyRecord> {
    await this.assertAgency(scope);
    return this.policies.findForAgency(scope.agencyId);
  }

  async update(scope: AgencyScope, change: JpPolicyChange, updatedBy: string): Promise<JpPolicyRecord> {
    const valid =
      isIntegerIn(change.minutesPerJp, 1, 240) && isIntegerIn(change.yearlyTargetPns, 0, 200) && isIntegerIn(change.yearlyTargetPppk, 0, 200);
    if (!valid) throw invalidPolicy();
    await this.assertAgency(scope);
    return this.policies.save(scope.agencyId, change, updatedBy);
  }

  private async assertAgency(scope: AgencyScope): Promise<void> {
    if (!(await this.agencies.findById(scope.agencyId))) throw agencyNotFound();
  }
}

const isIntegerIn = (value: number, min: number, max: number) => Number.isInteger(value) && value >= min && value <= max;
