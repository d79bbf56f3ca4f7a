import { SetMetadata } from '@nestjs/common';
import type { Permission } from './permissions';

export const ACCESS_POLICY = 'lentera:access-policy';

export type AccessPolicy =
  | { kind: 'public' }
  | { kind: 'signed-in' }
  /** `agencyArg`: the argument (dotted path for inputs, e.g. "input.agencyId") naming the agency. */
  | { kind: 'permission'; permission: Permission; agencyArg?: string };

/**
 * Who may call a query or mutation. Every root field must carry one: the access guard
 * refuses fields without a policy, so forgetting it fails closed.
 */
export const Public = () => SetMetadata(ACCESS_POLICY, { kind: 'public' } satisfies AccessPolicy);
export const SignedIn = () => SetMetadata(ACCESS_POLICY, { kind: 'signed-in' } satisfies AccessPolicy);
export const RequirePermission = (permission: Permission, options: { agencyArg?: string } = {}) =>
  SetMetadata(ACCESS_POLICY, { kind: 'permission', permission, agencyArg: options.agencyArg } satisfies AccessPolicy);
