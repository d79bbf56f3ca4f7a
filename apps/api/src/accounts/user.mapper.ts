import type { UserRecord } from '@lentera/db';
import { EmploymentType, Role, type UserModel } from './user.model';

const roles = { admin: Role.ADMIN, instructor: Role.INSTRUCTOR, learner: Role.LEARNER } as const;
const employmentTypes = { PNS: EmploymentType.PNS, PPPK: EmploymentType.PPPK } as const;

export function toUserModel(record: UserRecord): UserModel {
  return {
    id: record.id,
    fullName: record.fullName,
    email: record.email,
    nip: record.nip,
    phone: record.phone,
    employmentType: record.employmentType ? employmentTypes[record.employmentType] : null,
    workUnit: record.workUnit,
    position: record.position,
    rankGrade: record.rankGrade,
    agencyOfOrigin: record.agencyOfOrigin,
    isSuperAdmin: record.isSuperAdmin,
    memberships: record.memberships.map((membership) => ({ agencyId: membership.agencyId, role: roles[membership.role] })),
  };
}
