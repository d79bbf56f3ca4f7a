import type { LocalizedMessage } from '@lentera/errors';
import { CONVERSION_TIMEOUT_MS, type ConversionProblem } from './document-converter';

/** Why a preview failed, for the author who uploaded the file: what happened and what to do. */
const problemMessages: Record<ConversionProblem, LocalizedMessage> = {
  unsupported: {
    id: 'Jenis berkas ini tidak dapat dipratinjau. Unggah versi PDF-nya agar dapat dibaca di peramban.',
    en: 'This type of file cannot be previewed. Upload it as a PDF so that it can be read in the browser.',
  },
  unreadable: {
    id: 'Berkas ini tidak dapat dibuka untuk dijadikan PDF; mungkin rusak. Simpan ulang dokumen di aplikasi Office, atau unggah versi PDF-nya.',
    en: 'This file could not be opened to make a PDF; it may be damaged. Save the document again in its Office application, or upload it as a PDF.',
  },
  timeout: {
    id: `Pembuatan PDF dari berkas ini memakan waktu lebih dari ${CONVERSION_TIMEOUT_MS / 60_000} menit. Unggah versi PDF-nya.`,
    en: `Making a PDF of this file took more than ${CONVERSION_TIMEOUT_MS / 60_000} minutes. Upload it as a PDF.`,
  },
  crashed: {
    id: 'Pengonversi dokumen berhenti saat membaca berkas ini. Simpan ulang dokumen di aplikasi Office, atau unggah versi PDF-nya.',
    en: 'The document converter stopped while reading this file. Save the document again in its Office application, or upload it as a PDF.',
  },
  'not-pdf': {
    id: 'Berkas ini tidak menghasilkan PDF yang utuh. Simpan ulang dokumen di aplikasi Office, atau unggah versi PDF-nya.',
    en: 'This file did not give a complete PDF. Save the document again in its Office application, or upload it as a PDF.',
  },
};

export function conversionFailedMessage(problem: ConversionProblem): LocalizedMessage {
  return problemMessages[problem];
}

export function sourceMissingMessage(): LocalizedMessage {
  return {
    id: 'Berkas aslinya tidak ditemukan di server. Unggah ulang dokumennya.',
    en: 'The original file is not on the server any more. Upload the document again.',
  };
}

/** Every attempt met a problem of the server (not of the file). */
export function previewInterruptedMessage(): LocalizedMessage {
  return {
    id: 'Pratinjau tidak dapat dibuat karena gangguan di server. Unggah ulang dokumennya untuk mencoba lagi.',
    en: 'The preview could not be made because of a server problem. Upload the document again to try again.',
  };
}
