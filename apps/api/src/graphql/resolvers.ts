import { AgencyResolver } from '../accounts/agency.resolver';
import { MembershipResolver, PeopleResolver } from '../accounts/people.resolver';
import { AuthResolver } from '../auth/auth.resolver';
import { CatalogueResolver } from '../catalogue/catalogue.resolver';
import { UserImportResolver } from '../people-import/user-import.resolver';

/**
 * Every resolver class. The app module provides them and the schema printer
 * (print-schema.ts) builds `schema.gql` from the same list.
 */
export const resolvers = [
  CatalogueResolver,
  AuthResolver,
  AgencyResolver,
  PeopleResolver,
  MembershipResolver,
  UserImportResolver,
];
