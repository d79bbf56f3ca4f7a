import type { Role } from '../../gql/generated';
import type { SessionUser } from './auth-session';

/** Who may open a guarded page. */
export type Access = 'signedIn' | 'learner' | 'instructor' | 'admin' | 'superAdmin';

export interface AgencyRef {
  id: string;
  name: string;
}

export function hasRole(user: SessionUser, role: Role): boolean {
  return user.memberships.some((membership) => membership.role === role);
}

/** Agencies in which the user has `role`, each once, in membership order. */
export function agenciesWithRole(user: SessionUser, role: Role): AgencyRef[] {
  const agencies = new Map<string, AgencyRef>();
  for (const { agency, role: membershipRole } of user.memberships) {
    if (membershipRole === role && !agencies.has(agency.id)) agencies.set(agency.id, { id: agency.id, name: agency.name });
  }
  return [...agencies.values()];
}

/** The super admin runs the deployment and may act as any agency's admin. */
export function canAccess(user: SessionUser, access: Access): boolean {
  switch (access) {
    case 'signedIn':
      return true;
    case 'learner':
      return hasRole(user, 'LEARNER');
    case 'instructor':
      return hasRole(user, 'INSTRUCTOR');
    case 'admin':
      return user.isSuperAdmin || hasRole(user, 'ADMIN');
    case 'superAdmin':
      return user.isSuperAdmin;
  }
}

/** Roles in the order the app lists them. */
export const ROLES: readonly Role[] = ['ADMIN', 'INSTRUCTOR', 'LEARNER'];

/** A user's roles in one agency, in ROLES order. */
export function rolesInAgency(user: { memberships: readonly { role: Role; agency: { id: string } }[] }, agencyId: string): Role[] {
  const roles = new Set(user.memberships.filter((membership) => membership.agency.id === agencyId).map((membership) => membership.role));
  return ROLES.filter((role) => roles.has(role));
}
