import type { LocalizedMessage } from './localized-message';
import { COLUMN_NAMES } from './personnel-columns';
import type { PersonnelColumn } from './personnel-columns';

const SAVE_AS_CSV_UTF8 = {
  id: 'Di Excel pilih File → Simpan Sebagai → "CSV UTF-8 (dipisahkan koma)", lalu unggah file tersebut.',
  en: 'In Excel choose File → Save As → "CSV UTF-8 (Comma delimited)", then upload that file.',
};

// Whole-file problems.

export function emptyFileMessage(): LocalizedMessage {
  return {
    id: 'File kosong. Unggah file CSV berisi baris judul kolom dan data pegawai.',
    en: 'The file is empty. Upload a CSV file with a header row and the personnel data.',
  };
}

export function excelWorkbookMessage(extension: '.xlsx' | '.xls'): LocalizedMessage {
  return {
    id: `File ini buku kerja Excel (${extension}), bukan CSV. ${SAVE_AS_CSV_UTF8.id}`,
    en: `This file is an Excel workbook (${extension}), not a CSV file. ${SAVE_AS_CSV_UTF8.en}`,
  };
}

export function utf16FileMessage(): LocalizedMessage {
  return {
    id: `File disimpan sebagai Teks Unicode (UTF-16), bukan CSV UTF-8. ${SAVE_AS_CSV_UTF8.id}`,
    en: `The file was saved as Unicode Text (UTF-16), not CSV UTF-8. ${SAVE_AS_CSV_UTF8.en}`,
  };
}

export function binaryFileMessage(): LocalizedMessage {
  return {
    id: 'File ini bukan file CSV (berisi data biner). Unggah file CSV hasil ekspor dari Excel atau aplikasi kepegawaian.',
    en: 'This is not a CSV file (it contains binary data). Upload a CSV file exported from Excel or your personnel system.',
  };
}

export function unreadableHeaderMessage(rowNumber: number): LocalizedMessage {
  return {
    id: `Baris judul kolom (baris ${rowNumber}) berisi karakter yang tidak terbaca (bukan UTF-8). ${SAVE_AS_CSV_UTF8.id}`,
    en: `The header row (row ${rowNumber}) contains characters that cannot be read (not UTF-8). ${SAVE_AS_CSV_UTF8.en}`,
  };
}

export function noHeaderMessage(rowNumber: number): LocalizedMessage {
  return {
    id:
      `Baris ${rowNumber} berisi data pegawai, bukan judul kolom. ` +
      'Tambahkan baris judul kolom (mis. NIP, Nama Lengkap) di atas data, seperti pada templat.',
    en:
      `Row ${rowNumber} holds personnel data, not column names. ` +
      'Add a header row (e.g. NIP, Nama Lengkap) above the data, as in the template.',
  };
}

export function missingColumnsMessage(columns: readonly PersonnelColumn[], rowNumber: number): LocalizedMessage {
  const list = columns.map((column) => `${COLUMN_NAMES[column][0]} (${COLUMN_NAMES[column].join(' / ')})`).join('; ');
  return {
    id: `Kolom wajib tidak ditemukan pada baris judul (baris ${rowNumber}): ${list}. Gunakan nama kolom seperti pada templat.`,
    en: `Required columns are missing from the header row (row ${rowNumber}): ${list}. Use the column names from the template.`,
  };
}

export function tooManyRowsMessage(maxRows: number): LocalizedMessage {
  const id = new Intl.NumberFormat('id-ID').format(maxRows);
  const en = new Intl.NumberFormat('en-US').format(maxRows);
  return {
    id: `File berisi lebih dari ${id} baris data. Bagi menjadi beberapa file dengan paling banyak ${id} baris.`,
    en: `The file has more than ${en} data rows. Split it into files of at most ${en} rows.`,
  };
}

// Problems of one row. Each names its row, so a list of them reads on its own.

export function rowNotUtf8Message(rowNumber: number): LocalizedMessage {
  return {
    id: `Baris ${rowNumber} berisi karakter yang tidak terbaca (bukan UTF-8). Simpan file sebagai CSV UTF-8.`,
    en: `Row ${rowNumber} contains characters that cannot be read (not UTF-8). Save the file as CSV UTF-8.`,
  };
}

export function unterminatedQuoteMessage(rowNumber: number): LocalizedMessage {
  return {
    id: `Baris ${rowNumber}: tanda kutip (") dibuka tetapi tidak ditutup, sehingga sisa file terbaca sebagai satu sel.`,
    en: `Row ${rowNumber}: a quote (") is opened but never closed, so the rest of the file reads as a single cell.`,
  };
}

export function rowNipMessage(rowNumber: number, nipMessage: LocalizedMessage): LocalizedMessage {
  return { id: `Baris ${rowNumber}: ${nipMessage.id}`, en: `Row ${rowNumber}: ${nipMessage.en}` };
}

export function scientificNipMessage(rowNumber: number, shown: string): LocalizedMessage {
  return {
    id: `Baris ${rowNumber}: NIP ditampilkan Excel sebagai angka ilmiah (${shown}); format kolom NIP sebagai Teks lalu ekspor ulang.`,
    en: `Row ${rowNumber}: Excel shows the NIP in scientific notation (${shown}); format the NIP column as Text and export again.`,
  };
}

export function roundedNipMessage(rowNumber: number, nipMessage: LocalizedMessage): LocalizedMessage {
  return {
    id:
      `Baris ${rowNumber}: ${nipMessage.id} Excel menyimpan angka hanya 15 digit sehingga 3 digit terakhir NIP menjadi 000; ` +
      'format kolom NIP sebagai Teks, ketik ulang NIP-nya, lalu ekspor ulang.',
    en:
      `Row ${rowNumber}: ${nipMessage.en} Excel keeps only 15 digits of a number, so the last 3 digits of the NIP became 000; ` +
      'format the NIP column as Text, type the NIPs again, and export again.',
  };
}

export function missingNameMessage(rowNumber: number): LocalizedMessage {
  return { id: `Baris ${rowNumber}: Nama wajib diisi.`, en: `Row ${rowNumber}: The name is required.` };
}

export function invalidEmailMessage(rowNumber: number, email: string): LocalizedMessage {
  return {
    id: `Baris ${rowNumber}: Email "${email}" tidak valid.`,
    en: `Row ${rowNumber}: The email "${email}" is not valid.`,
  };
}

export function unknownEmploymentTypeMessage(rowNumber: number, value: string): LocalizedMessage {
  return {
    id: `Baris ${rowNumber}: Jenis pegawai "${value}" tidak dikenal; isi PNS atau PPPK, atau kosongkan agar ditentukan dari NIP.`,
    en: `Row ${rowNumber}: Unknown employment type "${value}"; use PNS or PPPK, or leave it empty to take it from the NIP.`,
  };
}

export function employmentTypeMismatchMessage(rowNumber: number, value: string, nipType: string): LocalizedMessage {
  return {
    id: `Baris ${rowNumber}: Jenis pegawai ${value} tidak sesuai dengan NIP, yang merupakan NIP ${nipType}.`,
    en: `Row ${rowNumber}: The employment type ${value} does not match the NIP, which is a ${nipType} number.`,
  };
}

export function duplicateNipMessage(rowNumber: number, nip: string, firstRowNumber: number): LocalizedMessage {
  return {
    id: `Baris ${rowNumber}: NIP ${nip} sudah muncul di baris ${firstRowNumber}.`,
    en: `Row ${rowNumber}: NIP ${nip} already appears in row ${firstRowNumber}.`,
  };
}

export function duplicateEmailMessage(rowNumber: number, email: string, firstRowNumber: number): LocalizedMessage {
  return {
    id: `Baris ${rowNumber}: Email ${email} sudah dipakai di baris ${firstRowNumber}.`,
    en: `Row ${rowNumber}: The email ${email} is already used in row ${firstRowNumber}.`,
  };
}
