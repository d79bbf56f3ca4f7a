import { useQuery } from '@apollo/client/react';
import { CatalogueAgenciesDocument } from '../../gql/generated';
import type { CatalogueAgenciesQuery } from '../../gql/generated';

export type CatalogueAgency = CatalogueAgenciesQuery['catalogueAgencies'][number];

/** The choices of the agency filter: agencies with published courses, by name, with their counts. */
export function useCatalogueAgencies() {
  const { data, loading, error } = useQuery(CatalogueAgenciesDocument);
  return {
    agencies: data?.catalogueAgencies ?? [],
    loading: loading && !data,
    /** The list could not be loaded: the filter still shows the agency chosen by a link. */
    failed: Boolean(error) && !data,
  };
}

export type CatalogueAgencies = ReturnType<typeof useCatalogueAgencies>;
