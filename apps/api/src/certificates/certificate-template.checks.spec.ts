import { validNip } from '@lentera/test-support';
import { checkTemplateText } from './certificate-template.checks';

const valid = { heading: '  SERTIFIKAT  ', numberFormat: '{agencyCode}/{year}/{sequence:5}', signatories: [] };

describe('checkTemplateText', () => {
  it('trims what it keeps and stores a signatory NIP as its 18 digits', () => {
    const nip = validNip(7);
    const spaced = `${nip.slice(0, 8)} ${nip.slice(8, 14)} ${nip.slice(14, 15)} ${nip.slice(15)}`;
    const result = checkTemplateText({ ...valid, signatories: [{ name: ' Dr. Kepala BPSDM ', title: 'Kepala', nip: spaced }, { name: 'Sekretaris', title: 'Sekretaris', nip: '  ' }] });
    expect(result).toEqual({
      ok: true,
      value: {
        heading: 'SERTIFIKAT',
        numberFormat: '{agencyCode}/{year}/{sequence:5}',
        signatories: [
          { name: 'Dr. Kepala BPSDM', title: 'Kepala', nip },
          { name: 'Sekretaris', title: 'Sekretaris', nip: null },
        ],
      },
    });
  });

  it('lists every problem at once, each in Indonesian and English, with where it is', () => {
    const result = checkTemplateText({
      heading: ' ',
      numberFormat: '{agencyCode}/{tahun}',
      signatories: [
        { name: '', title: 'Kepala', nip: '1234' },
        { name: 'B', title: 'x'.repeat(121) },
        { name: 'C', title: 'C' },
        { name: 'D', title: 'D' },
      ],
    });
    expect(result.ok).toBe(false);
    const problems = result.ok ? [] : result.problems;
    expect(problems.map((problem) => problem.field)).toEqual([
      'heading',
      'numberFormat',
      'numberFormat',
      'signatories',
      'signatories.0.name',
      'signatories.0.nip',
      'signatories.1.title',
    ]);
    for (const problem of problems) {
      expect(problem.id.length).toBeGreaterThan(10);
      expect(problem.en.length).toBeGreaterThan(10);
    }
    expect(problems[1].en).toContain('{tahun} is unknown');
    expect(problems[2].id).toContain('{sequence} tepat satu kali');
    expect(problems[5].id).toMatch(/^NIP penanda tangan 1: /);
  });

  it('takes 60 characters of heading and 120 of name and title, not one more', () => {
    const at = (length: number) => checkTemplateText({ ...valid, heading: 'S'.repeat(length), signatories: [{ name: 'N'.repeat(length * 2), title: 'T'.repeat(length * 2) }] }).ok;
    expect(at(60)).toBe(true);
    expect(at(61)).toBe(false);
  });
});
