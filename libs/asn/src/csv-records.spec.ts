import { detectCsvDelimiter, splitCsvFields, splitCsvRecords } from './csv-records';
import type { CsvDelimiter } from './csv-records';

function records(text: string | Buffer, delimiter: CsvDelimiter = ';'): { rowNumber: number; text: string; unterminatedQuote: boolean }[] {
  const bytes = typeof text === 'string' ? Buffer.from(text, 'utf8') : text;
  return [...splitCsvRecords(bytes, delimiter)].map((record) => ({
    rowNumber: record.rowNumber,
    text: Buffer.from(record.bytes).toString('latin1'),
    unterminatedQuote: record.unterminatedQuote,
  }));
}

describe('splitCsvRecords', () => {
  it('splits on LF, CRLF and a lone CR, without a record after the final line break', () => {
    expect(records('a;b\nc;d\r\ne;f\rg;h\r\n').map((record) => record.text)).toEqual(['a;b', 'c;d', 'e;f', 'g;h']);
  });

  it('keeps line breaks inside quotes in one record, and numbers records as Excel numbers rows', () => {
    const split = records('NIP;Alamat\r\n1;"Jl. Ahmad Yani\r\nNo. 5"\r\n\r\n2;x');
    expect(split).toEqual([
      { rowNumber: 1, text: 'NIP;Alamat', unterminatedQuote: false },
      { rowNumber: 2, text: '1;"Jl. Ahmad Yani\r\nNo. 5"', unterminatedQuote: false },
      { rowNumber: 3, text: '', unterminatedQuote: false },
      { rowNumber: 4, text: '2;x', unterminatedQuote: false },
    ]);
  });

  it('treats a quote in the middle of an unquoted cell as text', () => {
    expect(records('a;Tinggi 5"7;b\nc;d').map((record) => record.text)).toEqual(['a;Tinggi 5"7;b', 'c;d']);
  });

  it('flags a quoted cell the file never closes', () => {
    expect(records('a;b\n"c;d\ne;f')).toEqual([
      { rowNumber: 1, text: 'a;b', unterminatedQuote: false },
      { rowNumber: 2, text: '"c;d\ne;f', unterminatedQuote: true },
    ]);
  });

  it('passes bytes that are not UTF-8 through untouched', () => {
    const bytes = Buffer.from([0x61, 0x3b, 0xe9, 0x0a, 0xff, 0x3b, 0x62]);
    expect(records(bytes).map((record) => record.text)).toEqual(['a;\u00e9', '\u00ff;b']);
  });
});

describe('splitCsvFields', () => {
  it.each<[string, CsvDelimiter, string[]]>([
    ['a;b;c', ';', ['a', 'b', 'c']],
    ['a,b,,', ',', ['a', 'b', '', '']],
    ['"Dr. Siti Aminah, M.Si.",x', ',', ['Dr. Siti Aminah, M.Si.', 'x']],
    ['"a;b";c', ';', ['a;b', 'c']],
    ['"Ia berkata ""siap"".";x', ';', ['Ia berkata "siap".', 'x']],
    ['"baris satu\r\nbaris dua";x', ';', ['baris satu\r\nbaris dua', 'x']],
    ['a;  "b;c"  ;d', ';', ['a', 'b;c  ', 'd']],
    ['"";x', ';', ['', 'x']],
    ['', ';', ['']],
    ['a,b;c', ';', ['a,b', 'c']],
  ])('splits %j on %j', (record, delimiter, expected) => {
    expect(splitCsvFields(record, delimiter)).toEqual(expected);
  });
});

describe('detectCsvDelimiter', () => {
  it('reads the header line, ignoring delimiters inside quotes and blank lines above it', () => {
    expect(detectCsvDelimiter(Buffer.from('NIP;Nama;Email\n1,2,3,4,5'))).toBe(';');
    expect(detectCsvDelimiter(Buffer.from('NIP,Nama,"Pangkat; Golongan"\n'))).toBe(',');
    expect(detectCsvDelimiter(Buffer.from('\r\n\r\nNIP;"Nama, Gelar"\n'))).toBe(';');
    expect(detectCsvDelimiter(Buffer.from('NIP'))).toBe(',');
  });
});
