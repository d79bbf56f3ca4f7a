import { parsePersonnelCsv, personnelCsvTemplate } from './personnel-csv';
import type { ParsedPersonnelFile, PersonnelCsvOptions } from './personnel-csv';
import { PersonnelFileError } from './personnel-file.error';
import type { PersonnelFileProblem } from './personnel-file.error';

const today = new Date('2025-06-15T03:00:00Z');
const HEADER = 'NIP;Nama Lengkap;Email;Unit Kerja;Jabatan;Pangkat/Golongan;Jenis Pegawai';

/** A file from lines; a number[] is raw bytes, for text that is not UTF-8. */
function buildFile(lines: (string | (string | number[])[])[], { bom = false, eol = '\r\n' } = {}): Buffer {
  const parts: Buffer[] = bom ? [Buffer.from([0xef, 0xbb, 0xbf])] : [];
  for (const line of lines) {
    for (const piece of Array.isArray(line) ? line : [line]) {
      parts.push(typeof piece === 'string' ? Buffer.from(piece, 'utf8') : Buffer.from(piece));
    }
    parts.push(Buffer.from(eol));
  }
  return Buffer.concat(parts);
}

function parse(file: Buffer, options: PersonnelCsvOptions = {}): ParsedPersonnelFile {
  return parsePersonnelCsv(file, { today, ...options });
}

function fileErrorOf(file: Buffer, options: PersonnelCsvOptions = {}): PersonnelFileError {
  try {
    parse(file, options);
  } catch (error) {
    if (error instanceof PersonnelFileError) return error;
    throw error;
  }
  throw new Error('expected a PersonnelFileError');
}

function problemOf(file: Buffer): PersonnelFileProblem {
  return fileErrorOf(file).problem;
}

/** Valid, unique NIPs for bulk files: serial, gender and appointment month vary with `index`. */
function nipNumber(index: number): string {
  const serial = String((index % 999) + 1).padStart(3, '0');
  const gender = String((Math.floor(index / 999) % 2) + 1);
  const month = String(Math.floor(index / 1998) + 1).padStart(2, '0');
  return `19850315${2010}${month}${gender}${serial}`;
}

describe('parsePersonnelCsv', () => {
  describe('a clean export from Excel on Indonesian settings', () => {
    const file = buildFile(
      [
        HEADER,
        '198503152010121002;"Dr. Siti Aminah, M.Si.";Siti.Aminah@BPSDM.kalbarprov.go.id;Bidang Pengembangan Kompetensi;' +
          'Analis Kebijakan Ahli Muda;Penata Tk. I (III/d);PNS',
        '199107232019032001;Ir. Dewi Kartika Sari, M.T.;dewi.kartika@bpsdm.kalbarprov.go.id;' +
          'Bidang Sertifikasi Kompetensi – Teknis;Widyaiswara Ahli Muda;Penata (III/c);',
        '199001012022211005;Muhammad Rizki Pratama, S.Kom.;;Sekretariat;Pranata Komputer Ahli Pertama;IX;PPPK',
        "198802292014021003;Drs. I Gede Made Sutrisna;gede.sutrisna@bpsdm.kalbarprov.go.id;Bidang Penilaian Kompetensi;" +
          "Analis SDM Aparatur Ahli Madya;Pembina (IV/a);pns",
      ],
      { bom: true },
    );

    it('imports every row with its row number and fields', () => {
      const result = parse(file);
      expect(result.problems).toEqual([]);
      expect(result.totalRows).toBe(4);
      expect(result.rows[0]).toEqual({
        rowNumber: 2,
        nip: '198503152010121002',
        nipKind: 'pns',
        fullName: 'Dr. Siti Aminah, M.Si.',
        email: 'siti.aminah@bpsdm.kalbarprov.go.id',
        workUnit: 'Bidang Pengembangan Kompetensi',
        position: 'Analis Kebijakan Ahli Muda',
        rankGrade: 'Penata Tk. I (III/d)',
        employmentType: 'PNS',
      });
      expect(result.rows.map((row) => row.rowNumber)).toEqual([2, 3, 4, 5]);
    });

    it('keeps UTF-8 text, infers an empty type from the NIP and leaves empty cells null', () => {
      const [, dewi, rizki, gede] = parse(file).rows;
      expect(dewi).toMatchObject({ workUnit: 'Bidang Sertifikasi Kompetensi – Teknis', employmentType: 'PNS' });
      expect(rizki).toMatchObject({ nipKind: 'pppk', email: null, rankGrade: 'IX', employmentType: 'PPPK' });
      expect(gede).toMatchObject({ fullName: 'Drs. I Gede Made Sutrisna', employmentType: 'PNS' });
    });

    it('reads the same file without a BOM, with LF endings or with commas', () => {
      const plain = buildFile([HEADER, '198503152010121002;Dr. Siti Aminah, M.Si.'], { eol: '\n' });
      expect(parse(plain).rows).toHaveLength(1);
      const commas = buildFile(['NIP,Nama', '198503152010121002,"Dr. Siti Aminah, M.Si."']);
      expect(parse(commas).rows[0].fullName).toBe('Dr. Siti Aminah, M.Si.');
    });
  });

  describe('a file with broken rows', () => {
    const file = buildFile([
      HEADER,
      '198503152010121002;"Dr. Siti Aminah, M.Si.";siti.aminah@lan.go.id;Bidang Pengembangan Kompetensi;;;PNS',
      '19851315201012100;Bambang Sutrisno, S.E.;;Sekretariat;;;',
      '199107232019032001;Ir. Dewi Kartika Sari, M.T.;;Bidang Sertifikasi Kompetensi;;;',
      ['199203102020121004;Andr', [0xe9], ' Wijaya, S.H.;;Biro Hukum;;;'],
      '198503152010121002;Siti Aminah;;Sekretariat;;;',
      '199001012022211005;;;Sekretariat;;;PPPK',
      ['198802292014021003;Drs. I Gede Sutrisna', [0xff], ';;;;;'],
      '199207182022212001;Rina Marlina, S.Kom.;;Pusat Data dan Informasi;Pranata Komputer Ahli Pertama;IX;PPPK',
    ]);

    it('imports the good rows', () => {
      const result = parse(file);
      expect(result.rows.map((row) => [row.rowNumber, row.fullName])).toEqual([
        [2, 'Dr. Siti Aminah, M.Si.'],
        [4, 'Ir. Dewi Kartika Sari, M.T.'],
        [9, 'Rina Marlina, S.Kom.'],
      ]);
      expect(result.totalRows).toBe(8);
    });

    it('reports each bad row with its number, field and reason', () => {
      const { problems } = parse(file);
      expect(problems.map(({ rowNumber, nip, field }) => ({ rowNumber, nip, field }))).toEqual([
        { rowNumber: 3, nip: '19851315201012100', field: 'nip' },
        { rowNumber: 5, nip: '199203102020121004', field: null },
        { rowNumber: 6, nip: '198503152010121002', field: 'nip' },
        { rowNumber: 7, nip: '199001012022211005', field: 'fullName' },
        { rowNumber: 8, nip: '198802292014021003', field: null },
      ]);
      expect(problems[0].message).toEqual({
        id: 'Baris 3: NIP harus terdiri dari 18 digit angka; yang diisi 17 digit.',
        en: 'Row 3: The NIP must be 18 digits; the value given has 17 digits.',
      });
      expect(problems[1].message).toEqual({
        id: 'Baris 5 berisi karakter yang tidak terbaca (bukan UTF-8). Simpan file sebagai CSV UTF-8.',
        en: 'Row 5 contains characters that cannot be read (not UTF-8). Save the file as CSV UTF-8.',
      });
      expect(problems[2].message.id).toBe('Baris 6: NIP 198503152010121002 sudah muncul di baris 2.');
      expect(problems[2].message.en).toBe('Row 6: NIP 198503152010121002 already appears in row 2.');
      expect(problems[3].message.id).toBe('Baris 7: Nama wajib diisi.');
    });
  });

  describe('row checks', () => {
    function problemsOf(...rows: string[]) {
      return parse(buildFile([HEADER, ...rows])).problems.map((problem) => ({ field: problem.field, id: problem.message.id }));
    }

    it('reuses the NIP message and names the digits at fault', () => {
      expect(problemsOf('198513152010121002;Budi Santoso;;;;;')).toEqual([
        { field: 'nip', id: 'Baris 2: Tanggal lahir pada NIP (digit 1–8) tidak valid: 19851315.' },
      ]);
    });

    it('recognises a NIP that Excel turned into scientific notation', () => {
      const problems = problemsOf('1.98503E+17;Budi Santoso;;;;;', '"1,98503E+17";Ani Lestari;;;;;');
      expect(problems).toEqual([
        {
          field: 'nip',
          id: 'Baris 2: NIP ditampilkan Excel sebagai angka ilmiah (1.98503E+17); format kolom NIP sebagai Teks lalu ekspor ulang.',
        },
        expect.objectContaining({ id: expect.stringContaining('angka ilmiah (1,98503E+17)') }),
      ]);
    });

    it('explains the 000 serial that Excel rounding leaves behind', () => {
      const [problem] = problemsOf('198503152010121000;Budi Santoso;;;;;');
      expect(problem.id).toMatch(/^Baris 2: Nomor urut pada NIP \(digit 16–18\).*15 digit.*Teks/);
    });

    it('accepts a NIP typed with spaces or with the apostrophe Excel uses for text', () => {
      const result = parse(buildFile([HEADER, '19850315 201012 1 002;Budi;;;;;', "'199107232019032001;Ani;;;;;"]));
      expect(result.rows.map((row) => row.nip)).toEqual(['198503152010121002', '199107232019032001']);
    });

    it('checks the email, lower-cases it and refuses a second row with the same one', () => {
      const result = parse(
        buildFile([
          HEADER,
          '198503152010121002;Budi Santoso;Budi.Santoso@Kemendagri.go.id;;;;',
          '199107232019032001;Ani Lestari;budi.santoso@kemendagri.go.id;;;;',
          '199001012022211005;Rizki Pratama;rizki@kemendagri;;;;',
          '198802292014021003;Gede Sutrisna;gede sutrisna@kemendagri.go.id;;;;',
        ]),
      );
      expect(result.rows.map((row) => row.email)).toEqual(['budi.santoso@kemendagri.go.id']);
      expect(result.problems.map((problem) => [problem.rowNumber, problem.field, problem.message.id])).toEqual([
        [3, 'email', 'Baris 3: Email budi.santoso@kemendagri.go.id sudah dipakai di baris 2.'],
        [4, 'email', 'Baris 4: Email "rizki@kemendagri" tidak valid.'],
        [5, 'email', 'Baris 5: Email "gede sutrisna@kemendagri.go.id" tidak valid.'],
      ]);
    });

    it('reads the employment type case-insensitively and refuses one that contradicts the NIP', () => {
      const result = parse(
        buildFile([
          HEADER,
          '198503152010121002;Budi Santoso;;;;;cpns',
          '199001012022211005;Rizki Pratama;;;;;p3k',
          '199207182022212001;Rina Marlina;;;;;PNS',
          '199107232019032001;Ani Lestari;;;;;PPPK',
          '198802292014021003;Gede Sutrisna;;;;;Honorer',
        ]),
      );
      expect(result.rows.map((row) => [row.rowNumber, row.employmentType])).toEqual([
        [2, 'PNS'],
        [3, 'PPPK'],
      ]);
      expect(result.problems.map((problem) => [problem.rowNumber, problem.field, problem.message.id])).toEqual([
        [4, 'employmentType', 'Baris 4: Jenis pegawai PNS tidak sesuai dengan NIP, yang merupakan NIP PPPK.'],
        [5, 'employmentType', 'Baris 5: Jenis pegawai PPPK tidak sesuai dengan NIP, yang merupakan NIP PNS.'],
        [
          6,
          'employmentType',
          'Baris 6: Jenis pegawai "Honorer" tidak dikenal; isi PNS atau PPPK, atau kosongkan agar ditentukan dari NIP.',
        ],
      ]);
    });

    it('reports every problem of a row, each on its own', () => {
      const problems = parse(buildFile([HEADER, 'abc;;bukan-email;;;;Honorer'])).problems;
      expect(problems.map((problem) => [problem.rowNumber, problem.nip, problem.field])).toEqual([
        [2, 'abc', 'nip'],
        [2, 'abc', 'fullName'],
        [2, 'abc', 'email'],
        [2, 'abc', 'employmentType'],
      ]);
    });

    it('reports a quote that is never closed instead of dropping the rest silently', () => {
      const result = parse(buildFile([HEADER, '198503152010121002;Budi;;;;;', '199107232019032001;"Ani Lestari;;;;;', 'x']));
      expect(result.rows).toHaveLength(1);
      expect(result.problems).toEqual([
        expect.objectContaining({ rowNumber: 3, nip: '199107232019032001', field: null }),
      ]);
      expect(result.problems[0].message.id).toMatch(/tanda kutip/);
    });
  });

  describe('layout', () => {
    it('numbers rows as Excel does: blank rows count, a cell with line breaks stays one row', () => {
      const result = parse(
        buildFile([
          'NIP;Nama;Jabatan',
          '198503152010121002;Dr. Siti Aminah, M.Si.;"Analis Kebijakan\r\nAhli Muda"',
          '',
          ';;',
          '199107232019032001;Ir. Dewi Kartika Sari, M.T.;Widyaiswara Ahli Muda',
        ]),
      );
      expect(result.rows.map((row) => [row.rowNumber, row.position])).toEqual([
        [2, 'Analis Kebijakan Ahli Muda'],
        [5, 'Widyaiswara Ahli Muda'],
      ]);
      expect(result.totalRows).toBe(2);
    });

    it('matches header names in English, any case, spacing or accents, and ignores unknown columns', () => {
      const result = parse(
        buildFile([
          '"  NIP / NI PPPK ",FULL NAME,E-Mail,Work_Unit,Jabatán,Keterangan,Grade,Employment Type',
          '199001012022211005,Muhammad Rizki Pratama,,Sekretariat,Pranata Komputer Ahli Pertama,pindahan,IX,PPPK',
        ]),
      );
      expect(result.rows).toEqual([
        {
          rowNumber: 2,
          nip: '199001012022211005',
          nipKind: 'pppk',
          fullName: 'Muhammad Rizki Pratama',
          email: null,
          workUnit: 'Sekretariat',
          position: 'Pranata Komputer Ahli Pertama',
          rankGrade: 'IX',
          employmentType: 'PPPK',
        },
      ]);
    });

    it('accepts rows shorter than the header and a header after blank lines', () => {
      const result = parse(buildFile(['', HEADER, '198503152010121002;Budi Santoso']));
      expect(result.rows[0]).toMatchObject({ rowNumber: 3, fullName: 'Budi Santoso', email: null, position: null });
    });
  });

  describe('whole-file problems', () => {
    it('refuses a file without the NIP column, naming it', () => {
      const error = fileErrorOf(buildFile(['Nama;Email;Unit Kerja', 'Budi Santoso;budi@lan.go.id;Sekretariat']));
      expect(error).toBeInstanceOf(PersonnelFileError);
      expect(error).toBeInstanceOf(Error);
      expect(error.problem).toBe('missing_columns');
      expect(error.localized.id).toMatch(/^Kolom wajib tidak ditemukan pada baris judul \(baris 1\): NIP \(NIP \/ NIP\/NIP PPPK/);
      expect(error.localized.en).toMatch(/Required columns are missing.*NIP/);
      expect(error.localized.id).not.toMatch(/Nama Lengkap/);
      expect(error.message).toBe(error.localized.id);
    });

    it('names every missing required column', () => {
      const error = fileErrorOf(buildFile(['Keterangan;Alamat', 'a;b']));
      expect(error.localized.id).toMatch(/NIP \(.*\); Nama Lengkap \(Nama Lengkap \/ Nama \/ Name \/ Full Name\)/);
    });

    it.each([
      ['no bytes', Buffer.alloc(0)],
      ['only a BOM', Buffer.from([0xef, 0xbb, 0xbf])],
      ['only blank lines', buildFile(['', '  ', ';;;'])],
    ])('refuses an empty file (%s)', (_label, file) => {
      const error = fileErrorOf(file);
      expect(error.problem).toBe('empty_file');
      expect(error.localized.id).toMatch(/^File kosong/);
    });

    it('says when the first row is data rather than column names', () => {
      expect(problemOf(buildFile(['198503152010121002;Budi Santoso', '199107232019032001;Ani Lestari']))).toBe('no_header');
    });

    it('recognises an Excel workbook, UTF-16 text and binary data', () => {
      const xlsx = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from('[Content_Types].xml')]);
      expect(fileErrorOf(xlsx).localized.id).toMatch(/buku kerja Excel \(\.xlsx\)/);
      const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`${HEADER}\r\n`, 'utf16le')]);
      expect(fileErrorOf(utf16).localized.en).toMatch(/UTF-16/);
      expect(problemOf(Buffer.from([0x4e, 0x49, 0x50, 0x00, 0x01]))).toBe('not_csv');
    });

    it('refuses a header row that is not UTF-8', () => {
      expect(problemOf(buildFile([['NIP;Nama;Unit Kerja (', [0x96], ' Bidang)'], '198503152010121002;Budi;x']))).toBe('not_utf8');
    });

    it('refuses more data rows than maxRows, not counting blank rows', () => {
      const rows = [HEADER, '198503152010121002;Budi;;;;;', '', '199107232019032001;Ani;;;;;'];
      expect(parse(buildFile(rows), { maxRows: 2 }).rows).toHaveLength(2);
      const error = fileErrorOf(buildFile([...rows, '199001012022211005;Rizki;;;;;']), { maxRows: 2 });
      expect(error.problem).toBe('too_many_rows');
      expect(error.localized.id).toBe('File berisi lebih dari 2 baris data. Bagi menjadi beberapa file dengan paling banyak 2 baris.');
    });

    it('formats the default limit the Indonesian way', () => {
      const file = buildFile([HEADER, ...Array.from({ length: 20_001 }, (_, index) => `${nipNumber(index)};Pegawai ${index}`)]);
      expect(fileErrorOf(file).localized.id).toMatch(/lebih dari 20\.000 baris/);
    });
  });

  it('imports a 10,000-row file', () => {
    const lines = Array.from(
      { length: 10_000 },
      (_, index) =>
        `${nipNumber(index)};"Pegawai ${index}, S.AP.";pegawai${index}@bkpsdm.go.id;Bidang Pengembangan Kompetensi;` +
        'Analis Kebijakan Ahli Muda;Penata Tk. I (III/d);PNS',
    );
    const result = parse(buildFile([HEADER, ...lines], { bom: true }));
    expect(result.problems).toEqual([]);
    expect(result.rows).toHaveLength(10_000);
    expect(result.totalRows).toBe(10_000);
    expect(result.rows[9_999]).toMatchObject({ rowNumber: 10_001, fullName: 'Pegawai 9999, S.AP.' });
  });
});

describe('personnelCsvTemplate', () => {
  it('is a header and two example rows that import cleanly', () => {
    const lines = personnelCsvTemplate.trimEnd().split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toBe(HEADER);
    const result = parsePersonnelCsv(Buffer.from(personnelCsvTemplate, 'utf8'), { today });
    expect(result.problems).toEqual([]);
    expect(result.rows.map((row) => [row.fullName, row.employmentType])).toEqual([
      ['Dr. Siti Aminah, M.Si.', 'PNS'],
      ['Rina Marlina, S.Kom.', 'PPPK'],
    ]);
  });
});
