import { toAgencyModel } from '../catalogue/course.mapper';
import type { AgencyModel } from '../catalogue/course.model';
import type { GraphqlContext } from './graphql-context';

/**
 * The `agency` field of anything that belongs to an agency, through the request's DataLoader.
 * A missing agency is a broken reference in the data, not the caller's mistake.
 */
export async function loadAgency(context: GraphqlContext, agencyId: string, owner: string): Promise<AgencyModel> {
  const agency = await context.loaders.agencyById.load(agencyId);
  if (!agency) throw new Error(`${owner} refers to missing agency ${agencyId}`);
  return toAgencyModel(agency);
}
