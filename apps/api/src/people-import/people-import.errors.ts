import { DomainError, ErrorCode, type LocalizedMessage } from '@lentera/errors';
import { PayloadTooLargeError } from '../http/http-error-response';

export function fileTooLarge(maxBytes: number): DomainError {
  const megabytes = Math.floor(maxBytes / (1024 * 1024));
  return new PayloadTooLargeError({
    id: `File terlalu besar: paling besar ${megabytes} MB. Bagi data pegawai menjadi beberapa file.`,
    en: `The file is too large: at most ${megabytes} MB. Split the personnel data into several files.`,
  });
}

export function notACsvUpload(): DomainError {
  return new DomainError(ErrorCode.BadUserInput, {
    id: 'Kirim isi file CSV apa adanya sebagai badan permintaan (Content-Type: text/csv).',
    en: 'Send the CSV file as is as the request body (Content-Type: text/csv).',
  });
}

export function noDataRows(): DomainError {
  return new DomainError(ErrorCode.BadUserInput, {
    id: 'File hanya berisi baris judul kolom, tanpa data pegawai.',
    en: 'The file has only the header row and no personnel data.',
  });
}

export function agencyNotFound(): DomainError {
  return new DomainError(ErrorCode.NotFound, { id: 'Instansi tidak ditemukan.', en: 'Agency not found.' });
}

export function importNotFound(): DomainError {
  return new DomainError(ErrorCode.NotFound, { id: 'Impor tidak ditemukan.', en: 'Import not found.' });
}

export function invalidImportId(): DomainError {
  return new DomainError(ErrorCode.BadUserInput, { id: 'ID impor tidak valid.', en: 'The import id is not valid.' });
}

/** Stored on an import that could not be handed to the worker. */
export function notQueuedReason(): LocalizedMessage {
  return {
    id: 'Impor tidak dapat dijadwalkan karena layanan antrean sedang tidak tersedia. Unggah ulang file.',
    en: 'The import could not be scheduled because the job queue was unavailable. Upload the file again.',
  };
}
