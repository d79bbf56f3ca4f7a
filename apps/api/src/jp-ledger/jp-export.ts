import { jakartaDate } from '@lentera/asn';
import ExcelJS from 'exceljs';
import { csvCell } from '../people-import/error-report-csv';
import type { JpLedger } from './jp-ledger';
import type { BelowTargetRow } from './jp-ledger.service';

/** A sheet: a header row and rows of text or numbers. Both export formats are made from it. */
export interface ExportTable {
  sheetName: string;
  header: string[];
  rows: (string | number)[][];
  /** Columns holding NIPs: text, or spreadsheets turn 18 digits into 1.97806E+17. */
  textColumns: number[];
}

const entryTypes: Record<string, string> = {
  course: 'E-Learning (Lentera)',
  certificate: 'Pelatihan (Lentera)',
  classical_training: 'Pelatihan Klasikal',
  seminar: 'Seminar',
  workshop: 'Lokakarya/Workshop',
  coaching: 'Coaching',
  mentoring: 'Mentoring',
  internship: 'Magang',
  other: 'Lainnya',
};

const competencyNames: Record<string, string> = { teknis: 'Teknis', manajerial: 'Manajerial', sosial_kultural: 'Sosial Kultural' };

export function belowTargetTable(rows: readonly BelowTargetRow[]): ExportTable {
  return {
    sheetName: 'Di bawah target JP',
    header: ['Nama', 'NIP', 'Unit Kerja', 'Jenis Kepegawaian', 'JP', 'Target JP', 'Kurang JP'],
    rows: rows.map(({ user, ledger }) => [user.fullName, user.nip ?? '', user.workUnit ?? '', user.employmentType ?? '', ledger.totalJp, ledger.targetJp, ledger.missingJp]),
    textColumns: [1],
  };
}

/**
 * A learner's records in the columns of BKN's SIASN course history (riwayat kursus/diklat):
 * name, type, hours (JP × minutes per JP / 60), certificate number, institution, start and end.
 * Dates as YYYY-MM-DD in Asia/Jakarta.
 */
export function siasnTable(ledger: JpLedger, minutesPerJp: number, lenteraInstitution: string): ExportTable {
  return {
    sheetName: `Riwayat Kursus ${ledger.year}`,
    header: ['Nama Kursus', 'Jenis Kursus', 'Rumpun Kompetensi', 'Jumlah Jam', 'Nomor Sertifikat', 'Institusi Penyelenggara', 'Tanggal Mulai', 'Tanggal Selesai'],
    rows: ledger.entries.map((entry) => [
      entry.title,
      entryTypes[entry.externalKind ?? entry.source] ?? 'Lainnya',
      competencyNames[entry.competencyType] ?? entry.competencyType,
      Math.round(((entry.jp * minutesPerJp) / 60) * 100) / 100,
      entry.certificateNumber ?? '',
      entry.institution ?? lenteraInstitution,
      jakartaDate(entry.startDate ?? entry.endDate),
      jakartaDate(entry.endDate),
    ]),
    textColumns: [4],
  };
}

/** UTF-8 with a byte order mark and `;` between cells: what Excel on Indonesian settings opens. */
export function tableCsv(table: ExportTable): Buffer {
  const line = (cells: readonly (string | number)[], isHeader: boolean) =>
    cells.map((cell, index) => (typeof cell === 'number' ? String(cell) : !isHeader && table.textColumns.includes(index) && /^\d+$/.test(cell) ? `="${cell}"` : csvCell(cell))).join(';');
  return Buffer.from(`\uFEFF${[line(table.header, true), ...table.rows.map((row) => line(row, false))].join('\r\n')}\r\n`, 'utf8');
}

export async function tableXlsx(table: ExportTable): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(table.sheetName.slice(0, 31));
  sheet.addRow(table.header).font = { bold: true };
  for (const row of table.rows) sheet.addRow(row);
  for (const index of table.textColumns) sheet.getColumn(index + 1).numFmt = '@';
  table.header.forEach((_, index) => (sheet.getColumn(index + 1).width = index === 0 ? 40 : 20));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
