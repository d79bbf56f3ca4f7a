/// <reference types="jest" />
import { belowTargetExportUrl, belowTargetFileName, siasnExportUrl, siasnFileName } from './jp-export-files';

describe('export addresses', () => {
  it('asks for the year and, when one is chosen, the work unit', () => {
    expect(belowTargetExportUrl('a1', 'csv', 2026, null)).toBe('/jp-ledger/agencies/a1/below-target.csv?year=2026');
    expect(belowTargetExportUrl('a1', 'xlsx', 2025, 'Bidang TI & Data')).toBe('/jp-ledger/agencies/a1/below-target.xlsx?year=2025&workUnit=Bidang+TI+%26+Data');
    expect(siasnExportUrl('a1', 'u2', 'xlsx', 2026)).toBe('/jp-ledger/agencies/a1/learners/u2/siasn.xlsx?year=2026');
  });
});

describe('export file names', () => {
  it('name the year, the unit and the learner in plain characters', () => {
    expect(belowTargetFileName('csv', 2026, null)).toBe('jp-di-bawah-target-2026.csv');
    expect(belowTargetFileName('xlsx', 2026, 'Subbagian Keuangan & Umum')).toBe('jp-di-bawah-target-2026-subbagian-keuangan-umum.xlsx');
    expect(siasnFileName('csv', 2026, { nip: '199003172015032002', fullName: 'Siti' })).toBe('siasn-riwayat-kursus-199003172015032002-2026.csv');
    expect(siasnFileName('xlsx', 2026, { nip: null, fullName: 'Budi Santoso, S.Kom.' })).toBe('siasn-riwayat-kursus-budi-santoso-s-kom-2026.xlsx');
  });
});
