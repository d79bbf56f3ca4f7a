declare const scopeBrand: unique symbol;

/**
 * Permission to read or change one agency's private records. Every repository method that
 * touches private data takes one, so a query without a tenant does not compile. Only the
 * API's authorization layer creates scopes (ESLint holds that line), after checking that
 * the caller may act in that agency.
 */
export interface AgencyScope {
  readonly agencyId: string;
  readonly [scopeBrand]: true;
}

export function grantAgencyScope(agencyId: string): AgencyScope {
  return { agencyId } as AgencyScope;
}
