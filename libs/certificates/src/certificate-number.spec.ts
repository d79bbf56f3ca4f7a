import { numberTemplateProblems, renderCertificateNumber } from './certificate-number';

const parts = { agencyCode: 'BPSDM-KALBAR', year: 2026, month: 3, sequence: 42 };

describe('certificate number templates', () => {
  it.each([
    ['{agencyCode}/{year}/{sequence}', 'BPSDM-KALBAR/2026/42'],
    ['{agencyCode}/{year}/{sequence:5}', 'BPSDM-KALBAR/2026/00042'],
    ['STTP.{sequence:4}/{month}/{year}', 'STTP.0042/03/2026'],
  ])('%s → %s', (template, expected) => {
    expect(numberTemplateProblems(template)).toEqual([]);
    expect(renderCertificateNumber(template, parts)).toBe(expected);
  });

  it('does not cut a sequence longer than its padding', () => {
    expect(renderCertificateNumber('{sequence:2}', { ...parts, sequence: 12345 })).toBe('12345');
  });

  it.each([
    ['{agencyCode}/{year}', /tepat satu kali/],
    ['{sequence}/{sequence}', /tepat satu kali/],
    ['{agencyCode}/{tahun}/{sequence}', /\{tahun\} tidak dikenal/],
    ['{year:4}/{sequence}', /hanya untuk \{sequence\}/],
    ['{sequence:0}', /1 sampai 12/],
    ['{agencyCode}/{year/{sequence}', /Kurung kurawal/],
    ['', /wajib diisi/],
  ])('refuses %s with a reason a person understands', (template, reason) => {
    const problems = numberTemplateProblems(template);
    expect(problems.map((problem) => problem.id).join(' ')).toMatch(reason);
    for (const problem of problems) expect(problem.en.length).toBeGreaterThan(0);
  });

  it('refuses a sequence below 1', () => {
    expect(() => renderCertificateNumber('{sequence}', { ...parts, sequence: 0 })).toThrow(RangeError);
  });
});
