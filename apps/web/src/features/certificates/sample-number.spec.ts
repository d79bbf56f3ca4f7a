/// <reference types="jest" />
import { previewNumber } from './sample-number';

describe('previewNumber', () => {
  const sample = { agencyCode: 'BPSDM-KALBAR', date: new Date(2026, 2, 15), sequence: 1 };

  it('fills the parts the server knows, padding the sequence to its width', () => {
    expect(previewNumber('{agencyCode}/{year}/{month}/{sequence:5}', sample)).toBe('BPSDM-KALBAR/2026/03/00001');
    expect(previewNumber('SERT-{sequence}', sample)).toBe('SERT-1');
  });

  it('leaves an unknown part as typed, for the server to refuse on save', () => {
    expect(previewNumber('{agencyCode}/{bogus}/{sequence}', sample)).toBe('BPSDM-KALBAR/{bogus}/1');
  });
});
