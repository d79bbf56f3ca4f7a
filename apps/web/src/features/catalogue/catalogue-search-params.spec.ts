/// <reference types="jest" />
import {
  EMPTY_CATALOGUE_QUERY,
  activeFilterCount,
  catalogueFilter,
  cataloguePath,
  catalogueSearchParams,
  parseCatalogueQuery,
} from './catalogue-search-params';

describe('catalogue search parameters', () => {
  it('round-trips every filter through the address bar', () => {
    const query = {
      search: 'pelayanan publik',
      competencyType: 'SOSIAL_KULTURAL' as const,
      level: 'MENENGAH' as const,
      agencyId: 'ag1',
      jpMin: 2,
      jpMax: 20,
      sort: 'POPULAR' as const,
    };
    const params = catalogueSearchParams(query);
    expect(params.toString()).toBe('q=pelayanan+publik&jenis=sosial-kultural&tingkat=menengah&instansi=ag1&jpMin=2&jpMaks=20&urut=populer');
    expect(parseCatalogueQuery(params)).toEqual(query);
  });

  it('leaves the defaults out, so the plain catalogue is just /', () => {
    expect(cataloguePath({})).toBe('/');
    expect(cataloguePath({ agencyId: 'ag1' })).toBe('/?instansi=ag1');
  });

  it('ignores unknown or malformed values from a hand-edited link', () => {
    const query = parseCatalogueQuery(new URLSearchParams('jenis=rahasia&tingkat=&jpMin=-3&jpMaks=lima&urut=acak&q=%20%20'));
    expect(query).toEqual(EMPTY_CATALOGUE_QUERY);
  });

  it('accepts upper-case enum values too', () => {
    expect(parseCatalogueQuery(new URLSearchParams('jenis=TEKNIS')).competencyType).toBe('TEKNIS');
  });

  it('builds the API filter, or null when nothing narrows the list', () => {
    expect(catalogueFilter(EMPTY_CATALOGUE_QUERY)).toBeNull();
    expect(catalogueFilter({ ...EMPTY_CATALOGUE_QUERY, search: 'asn', jpMin: 0 })).toEqual({ search: 'asn', jpMin: 0 });
  });

  it('leaves out a JP range whose minimum is above its maximum', () => {
    expect(catalogueFilter({ ...EMPTY_CATALOGUE_QUERY, level: 'DASAR', jpMin: 10, jpMax: 5 })).toEqual({ level: 'DASAR' });
  });

  it('counts the JP range as one filter', () => {
    expect(activeFilterCount({ ...EMPTY_CATALOGUE_QUERY, search: 'x', jpMin: 1, jpMax: 4, level: 'LANJUT' })).toBe(2);
  });
});
