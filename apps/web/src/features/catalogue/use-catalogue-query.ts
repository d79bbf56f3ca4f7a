import { useSearchParams } from 'react-router';
import { EMPTY_CATALOGUE_QUERY, catalogueSearchParams, parseCatalogueQuery } from './catalogue-search-params';
import type { CatalogueQuery } from './catalogue-search-params';

/**
 * The catalogue's search, filters and order, kept in the address bar so a
 * shared link (or the back button) shows the same list. Changes replace the
 * history entry: typing a search does not leave one entry per letter.
 */
export function useCatalogueQuery() {
  const [searchParams, setSearchParams] = useSearchParams();
  const query = parseCatalogueQuery(searchParams);

  const update = (changes: Partial<CatalogueQuery>) => {
    setSearchParams(catalogueSearchParams({ ...query, ...changes }), { replace: true });
  };

  /** Everything back to the plain catalogue, keeping the chosen order. */
  const clearFilters = () => {
    setSearchParams(catalogueSearchParams({ ...EMPTY_CATALOGUE_QUERY, sort: query.sort }), { replace: true });
  };

  return { query, update, clearFilters };
}
