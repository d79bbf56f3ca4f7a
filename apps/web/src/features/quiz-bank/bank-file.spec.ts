/// <reference types="jest" />
import { bankExportFileName, bankFormatOf, withoutByteOrderMark } from './bank-file';

describe('bankFormatOf', () => {
  it('goes by the extension, then by the first character', () => {
    expect(bankFormatOf('Bank.JSON', 'key;type')).toBe('JSON');
    expect(bankFormatOf('bank.csv', '{')).toBe('CSV');
    expect(bankFormatOf('bank.txt', '\uFEFF  [{"key":"a"}]')).toBe('JSON');
    expect(bankFormatOf('bank.txt', 'key;type;prompt')).toBe('CSV');
  });
});

describe('withoutByteOrderMark', () => {
  it('drops the mark Excel writes', () => {
    expect(withoutByteOrderMark('\uFEFFkey;type')).toBe('key;type');
    expect(withoutByteOrderMark('key;type')).toBe('key;type');
  });
});

describe('bankExportFileName', () => {
  it('names the file after the course, safe for every file system', () => {
    expect(bankExportFileName('Manajemen ASN: Dasar-dasar (Angkatan I)', 'CSV', new Date('2026-11-02T10:00:00Z'))).toBe(
      'bank-soal-manajemen-asn-dasar-dasar-angkatan-i-2026-11-02.csv',
    );
    expect(bankExportFileName('Éthique', 'JSON', new Date('2026-11-02T10:00:00Z'))).toBe('bank-soal-ethique-2026-11-02.json');
  });
});
