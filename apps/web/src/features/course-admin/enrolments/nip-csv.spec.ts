/// <reference types="jest" />
import { readNipCsv } from './nip-csv';

describe('readNipCsv', () => {
  it('takes the column headed NIP, with the ; Excel uses in Indonesia', () => {
    const csv = '\uFEFFNama;NIP;Unit kerja\r\n"Siti Aminah, S.Sos.";199003172015032002;Dinas Kesehatan\r\nBudi;19920105 202221 1 003;Bappeda\r\n';
    expect(readNipCsv(csv)).toEqual({ nips: ['199003172015032002', '199201052022211003'], column: 'nip' });
  });

  it('takes the first column when no header says NIP, skipping a header of words', () => {
    expect(readNipCsv('Nomor pegawai,Nama\n199003172015032002,Siti\n').nips).toEqual(['199003172015032002']);
    expect(readNipCsv('199003172015032002\n199201052022211003\n')).toEqual({
      nips: ['199003172015032002', '199201052022211003'],
      column: 'first',
    });
  });

  it('keeps each NIP once and drops empty cells, leaving bad ones for the server to report', () => {
    expect(readNipCsv('NIP\n199003172015032002\n\n199003172015032002\n1.99003E+17\n;\n').nips).toEqual([
      '199003172015032002',
      '1.99003E+17',
    ]);
  });

  it('reads quoted cells with delimiters and quotes inside', () => {
    expect(readNipCsv('Nama,NIP\n"Aminah, ""Ami""",199003172015032002\n').nips).toEqual(['199003172015032002']);
  });

  it('gives nothing for an empty file', () => {
    expect(readNipCsv('')).toEqual({ nips: [], column: 'first' });
  });
});
