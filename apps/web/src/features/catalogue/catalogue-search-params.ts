import type { CatalogueFilter, CatalogueSort, CompetencyType, CourseLevel } from '../../gql/generated';

/** What the catalogue shows: the search, the filters and the order, as kept in the address bar. */
export interface CatalogueQuery {
  search: string;
  competencyType: CompetencyType | null;
  level: CourseLevel | null;
  agencyId: string | null;
  jpMin: number | null;
  jpMax: number | null;
  sort: CatalogueSort;
}

export const DEFAULT_SORT: CatalogueSort = 'NEWEST';

export const EMPTY_CATALOGUE_QUERY: CatalogueQuery = {
  search: '',
  competencyType: null,
  level: null,
  agencyId: null,
  jpMin: null,
  jpMax: null,
  sort: DEFAULT_SORT,
};

export const COMPETENCY_TYPES: readonly CompetencyType[] = ['TEKNIS', 'MANAJERIAL', 'SOSIAL_KULTURAL'];
export const COURSE_LEVELS: readonly CourseLevel[] = ['DASAR', 'MENENGAH', 'LANJUT'];
export const CATALOGUE_SORTS: readonly CatalogueSort[] = ['NEWEST', 'POPULAR', 'TITLE'];

/** Query parameter names: Indonesian, since they show in shared links (`/?q=pelayanan&jenis=teknis`). */
const PARAM = {
  search: 'q',
  competencyType: 'jenis',
  level: 'tingkat',
  agencyId: 'instansi',
  jpMin: 'jpMin',
  jpMax: 'jpMaks',
  sort: 'urut',
} as const;

const SORT_PARAM: Record<CatalogueSort, string> = { NEWEST: 'terbaru', POPULAR: 'populer', TITLE: 'judul' };

/** `SOSIAL_KULTURAL` <-> `sosial-kultural`. */
const toParamValue = (value: string) => value.toLowerCase().replace(/_/g, '-');

function enumFromParam<T extends string>(values: readonly T[], raw: string | null): T | null {
  if (!raw) return null;
  return values.find((value) => toParamValue(value) === raw.trim().toLowerCase()) ?? null;
}

/** A JP bound: a whole number from 0 up; anything else is ignored. */
function jpFromParam(raw: string | null): number | null {
  if (raw === null || !/^\d{1,4}$/.test(raw.trim())) return null;
  return Number(raw.trim());
}

/** Reads the catalogue state from the address bar; unknown or malformed values are ignored. */
export function parseCatalogueQuery(params: URLSearchParams): CatalogueQuery {
  const sortParam = params.get(PARAM.sort);
  const sort = CATALOGUE_SORTS.find((value) => SORT_PARAM[value] === sortParam) ?? DEFAULT_SORT;
  return {
    search: (params.get(PARAM.search) ?? '').trim(),
    competencyType: enumFromParam(COMPETENCY_TYPES, params.get(PARAM.competencyType)),
    level: enumFromParam(COURSE_LEVELS, params.get(PARAM.level)),
    agencyId: params.get(PARAM.agencyId)?.trim() || null,
    jpMin: jpFromParam(params.get(PARAM.jpMin)),
    jpMax: jpFromParam(params.get(PARAM.jpMax)),
    sort,
  };
}

/** The address-bar form of `query`; defaults are left out so a plain catalogue is just `/`. */
export function catalogueSearchParams(query: CatalogueQuery): URLSearchParams {
  const params = new URLSearchParams();
  if (query.search) params.set(PARAM.search, query.search);
  if (query.competencyType) params.set(PARAM.competencyType, toParamValue(query.competencyType));
  if (query.level) params.set(PARAM.level, toParamValue(query.level));
  if (query.agencyId) params.set(PARAM.agencyId, query.agencyId);
  if (query.jpMin !== null) params.set(PARAM.jpMin, String(query.jpMin));
  if (query.jpMax !== null) params.set(PARAM.jpMax, String(query.jpMax));
  if (query.sort !== DEFAULT_SORT) params.set(PARAM.sort, SORT_PARAM[query.sort]);
  return params;
}

/** `/` or `/?instansi=...`: a link to the catalogue showing `changes`. */
export function cataloguePath(changes: Partial<CatalogueQuery>): string {
  const params = catalogueSearchParams({ ...EMPTY_CATALOGUE_QUERY, ...changes }).toString();
  return params ? `/?${params}` : '/';
}

/** True when the JP range is usable (no minimum above the maximum). */
export function isJpRangeValid(query: Pick<CatalogueQuery, 'jpMin' | 'jpMax'>): boolean {
  return query.jpMin === null || query.jpMax === null || query.jpMin <= query.jpMax;
}

/** The API's filter for `query`, or null when nothing narrows the list (an invalid JP range is left out). */
export function catalogueFilter(query: CatalogueQuery): CatalogueFilter | null {
  const jpValid = isJpRangeValid(query);
  const filter: CatalogueFilter = {
    ...(query.search && { search: query.search }),
    ...(query.competencyType && { competencyType: query.competencyType }),
    ...(query.level && { level: query.level }),
    ...(query.agencyId && { agencyId: query.agencyId }),
    ...(jpValid && query.jpMin !== null && { jpMin: query.jpMin }),
    ...(jpValid && query.jpMax !== null && { jpMax: query.jpMax }),
  };
  return Object.keys(filter).length > 0 ? filter : null;
}

/** How many filters (besides the search and the order) are set: shown on the "Filter" button. */
export function activeFilterCount(query: CatalogueQuery): number {
  const jpRangeSet = query.jpMin !== null || query.jpMax !== null;
  return [query.competencyType, query.level, query.agencyId].filter(Boolean).length + (jpRangeSet ? 1 : 0);
}
