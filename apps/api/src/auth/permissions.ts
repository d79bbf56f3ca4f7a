import type { AgencyRole } from '@lentera/db';

/** What a caller may do. Roles grant permissions; code checks permissions, never role names. */
export enum Permission {
  /** Create agencies; super admins only. */
  ManageAgencies = 'agencies:manage',
  /** See the people of an agency and their profiles. */
  ReadPeople = 'people:read',
  /** Create people, change their roles, issue password reset links. */
  ManagePeople = 'people:manage',
  /** Bulk-import ASN from a personnel CSV. */
  ImportPeople = 'people:import',
}

/** Permissions a role grants inside its own agency. */
export const rolePermissions: Record<AgencyRole, readonly Permission[]> = {
  admin: [Permission.ReadPeople, Permission.ManagePeople, Permission.ImportPeople],
  instructor: [],
  learner: [],
};

/** Permissions that are not about one agency: only the super admin holds them. */
export const globalPermissions: readonly Permission[] = [Permission.ManageAgencies];
