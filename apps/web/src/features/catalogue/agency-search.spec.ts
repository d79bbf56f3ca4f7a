import { agencySearchText, matchesAgencySearch } from './agency-search';

describe('agency search', () => {
  const kalbar = agencySearchText('BPSDM Provinsi Kalimantan Barat', 'BPSDM-KALBAR');

  it('finds words of the name or the code, in any case and order', () => {
    expect(matchesAgencySearch(kalbar, 'kalimantan')).toBe(true);
    expect(matchesAgencySearch(kalbar, 'KALBAR')).toBe(true);
    expect(matchesAgencySearch(kalbar, 'barat bpsdm')).toBe(true);
    expect(matchesAgencySearch(kalbar, 'kalimantan timur')).toBe(false);
  });

  it('ignores accents on either side, and an empty search matches everything', () => {
    expect(matchesAgencySearch(agencySearchText('Éka Widya', null), 'eka')).toBe(true);
    expect(matchesAgencySearch(agencySearchText('Eka Widya', null), 'éka')).toBe(true);
    expect(matchesAgencySearch(kalbar, '   ')).toBe(true);
  });
});
