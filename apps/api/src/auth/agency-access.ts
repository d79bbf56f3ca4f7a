import { Injectable } from '@nestjs/common';
import { grantAgencyScope, type AgencyScope } from '@lentera/db';
import { hasPermission, type Actor } from './actor';
import { forbidden } from './auth-errors';
import type { Permission } from './permissions';

/**
 * The only place that turns "this actor may do X in agency Y" into an AgencyScope, the key
 * repositories demand for an agency's private records.
 */
@Injectable()
export class AgencyAccess {
  scope(actor: Actor, permission: Permission, agencyId: string): AgencyScope {
    if (!hasPermission(actor, permission, agencyId)) throw forbidden();
    return grantAgencyScope(agencyId);
  }
}
