import type { AgencyRole, MembershipRecord, UserRecord } from '@lentera/db';
import { globalPermissions, rolePermissions, type Permission } from './permissions';

/** The signed-in caller of a request. */
export interface Actor {
  userId: string;
  sessionId: string;
  isSuperAdmin: boolean;
  memberships: readonly MembershipRecord[];
}

export function actorOf(user: UserRecord, sessionId: string): Actor {
  return { userId: user.id, sessionId, isSuperAdmin: user.isSuperAdmin, memberships: user.memberships };
}

export function rolesIn(actor: Actor, agencyId: string): AgencyRole[] {
  return actor.memberships.filter((membership) => membership.agencyId === agencyId).map((membership) => membership.role);
}

/**
 * Whether the actor holds `permission`, in `agencyId` for agency permissions. The super admin
 * runs the deployment and holds every permission in every agency.
 */
export function hasPermission(actor: Actor, permission: Permission, agencyId?: string): boolean {
  if (actor.isSuperAdmin) return true;
  if (globalPermissions.includes(permission) || agencyId === undefined) return false;
  return rolesIn(actor, agencyId).some((role) => rolePermissions[role].includes(permission));
}

/** Where the web app should take this person after sign-in. */
export function homePathOf(user: Pick<UserRecord, 'isSuperAdmin' | 'memberships'>): string {
  const roles = new Set(user.memberships.map((membership) => membership.role));
  if (user.isSuperAdmin) return '/admin/instansi';
  if (roles.has('admin')) return '/admin';
  if (roles.has('instructor')) return '/mengajar';
  return '/belajar';
}
