import type { LocalizedMessage } from '@lentera/errors';

export function emailTakenMessage(rowNumber: number, email: string): LocalizedMessage {
  return {
    id: `Baris ${rowNumber}: Email ${email} sudah dipakai akun lain. Perbaiki email pada baris ini atau kosongkan.`,
    en: `Row ${rowNumber}: The email ${email} already belongs to another account. Correct the email in this row or leave it empty.`,
  };
}

export function fileMissingMessage(): LocalizedMessage {
  return {
    id: 'File yang diunggah tidak ditemukan lagi di server. Unggah ulang file tersebut.',
    en: 'The uploaded file is no longer on the server. Upload the file again.',
  };
}

export function importInterruptedMessage(): LocalizedMessage {
  return {
    id: 'Impor terhenti karena gangguan pada server. Unggah ulang file untuk mencoba lagi; pegawai yang sudah masuk tidak akan tergandakan.',
    en: 'The import stopped because of a server problem. Upload the file again to retry; people already imported will not be duplicated.',
  };
}
