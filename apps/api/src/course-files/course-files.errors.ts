import { extname } from 'node:path';
import { DomainError, ErrorCode, type LocalizedMessage } from '@lentera/errors';
import { PayloadTooLargeError, UnsupportedMediaTypeError } from '../http/http-error-response';
import type { AcceptedFormat, RefusedFormat } from './file-signature';

export type UploadKind = 'image' | 'document';

/** What a file is, in words a person understands, for refusals. */
const formatNames: Record<AcceptedFormat | RefusedFormat, LocalizedMessage> = {
  png: { id: 'gambar PNG', en: 'a PNG image' },
  jpeg: { id: 'gambar JPEG', en: 'a JPEG image' },
  webp: { id: 'gambar WebP', en: 'a WebP image' },
  pdf: { id: 'dokumen PDF', en: 'a PDF document' },
  docx: { id: 'dokumen Word', en: 'a Word document' },
  xlsx: { id: 'lembar kerja Excel', en: 'an Excel spreadsheet' },
  pptx: { id: 'presentasi PowerPoint', en: 'a PowerPoint presentation' },
  odt: { id: 'dokumen OpenDocument', en: 'an OpenDocument text' },
  ods: { id: 'lembar kerja OpenDocument', en: 'an OpenDocument spreadsheet' },
  odp: { id: 'presentasi OpenDocument', en: 'an OpenDocument presentation' },
  doc: { id: 'dokumen Word 97–2003', en: 'a Word 97–2003 document' },
  xls: { id: 'lembar kerja Excel 97–2003', en: 'an Excel 97–2003 spreadsheet' },
  ppt: { id: 'presentasi PowerPoint 97–2003', en: 'a PowerPoint 97–2003 presentation' },
  'windows-executable': { id: 'program Windows (executable)', en: 'a Windows program (executable)' },
  'linux-executable': { id: 'program Linux (executable)', en: 'a Linux program (executable)' },
  'macos-executable': { id: 'program macOS (executable)', en: 'a macOS program (executable)' },
  script: { id: 'skrip program (script)', en: 'a program script' },
  html: { id: 'halaman web (HTML)', en: 'a web page (HTML)' },
  svg: { id: 'gambar SVG, yang dapat memuat skrip', en: 'an SVG image, which can contain scripts' },
  gif: { id: 'gambar GIF', en: 'a GIF image' },
  zip: { id: 'arsip ZIP', en: 'a ZIP archive' },
  'office-macro': { id: 'dokumen Office yang berisi makro', en: 'an Office document with macros' },
  'damaged-pdf': { id: 'PDF yang terpotong atau rusak', en: 'a cut-off or damaged PDF' },
  empty: { id: 'berkas kosong', en: 'an empty file' },
  unknown: { id: 'berkas yang jenisnya tidak dikenali', en: 'a file of an unrecognised type' },
};

/** What the name promised, so the refusal can say "…, bukan PDF". */
const promisedByExtension: Record<string, LocalizedMessage> = {
  '.pdf': { id: 'PDF', en: 'a PDF' },
  '.doc': { id: 'dokumen Word', en: 'a Word document' },
  '.docx': { id: 'dokumen Word', en: 'a Word document' },
  '.xls': { id: 'lembar kerja Excel', en: 'an Excel spreadsheet' },
  '.xlsx': { id: 'lembar kerja Excel', en: 'an Excel spreadsheet' },
  '.ppt': { id: 'presentasi PowerPoint', en: 'a PowerPoint presentation' },
  '.pptx': { id: 'presentasi PowerPoint', en: 'a PowerPoint presentation' },
  '.odt': { id: 'dokumen OpenDocument', en: 'an OpenDocument file' },
  '.ods': { id: 'dokumen OpenDocument', en: 'an OpenDocument file' },
  '.odp': { id: 'dokumen OpenDocument', en: 'an OpenDocument file' },
  '.png': { id: 'gambar PNG', en: 'a PNG image' },
  '.jpg': { id: 'gambar JPEG', en: 'a JPEG image' },
  '.jpeg': { id: 'gambar JPEG', en: 'a JPEG image' },
  '.webp': { id: 'gambar WebP', en: 'a WebP image' },
};

const kindNames: Record<UploadKind, LocalizedMessage> = {
  image: { id: 'gambar', en: 'an image' },
  document: { id: 'dokumen', en: 'a document' },
};

const allowedFormats: Record<UploadKind, LocalizedMessage> = {
  image: { id: 'Unggah gambar PNG, JPEG, atau WebP.', en: 'Upload a PNG, JPEG or WebP image.' },
  document: {
    id: 'Unggah dokumen PDF, Word, Excel, PowerPoint, atau OpenDocument.',
    en: 'Upload a PDF, Word, Excel, PowerPoint or OpenDocument file.',
  },
};

export const maxUploadBytes: Record<UploadKind, number> = { image: 5 * 1024 * 1024, document: 100 * 1024 * 1024 };

/**
 * A file whose content is not what this upload takes (415), naming what it is and, when the
 * name promised something else, what it is not: "Berkas ini adalah program Windows
 * (executable), bukan PDF."
 */
export function refusedFileType(detected: AcceptedFormat | RefusedFormat, kind: UploadKind, fileName: string): DomainError {
  const found = formatNames[detected];
  const promised = promisedByExtension[extname(fileName).toLowerCase()] ?? kindNames[kind];
  const allowed = allowedFormats[kind];
  const message: LocalizedMessage =
    detected === 'unknown'
      ? { id: `Isi berkas ini tidak dikenali sebagai ${promised.id}.`, en: `The content of this file is not recognised as ${promised.en}.` }
      : { id: `Berkas ini adalah ${found.id}, bukan ${promised.id}.`, en: `This file is ${found.en}, not ${promised.en}.` };
  return new UnsupportedMediaTypeError({ id: `${message.id} ${allowed.id}`, en: `${message.en} ${allowed.en}` }, { detected });
}

export function emptyFile(): DomainError {
  return new DomainError(ErrorCode.BadUserInput, {
    id: 'Berkas kosong. Kirim isi berkas apa adanya sebagai badan permintaan.',
    en: 'The file is empty. Send the file as is as the request body.',
  });
}

export function fileTooLarge(kind: UploadKind): DomainError {
  const megabytes = maxUploadBytes[kind] / (1024 * 1024);
  return new PayloadTooLargeError(
    kind === 'image'
      ? { id: `Gambar terlalu besar: paling besar ${megabytes} MB.`, en: `The image is too large: at most ${megabytes} MB.` }
      : { id: `Dokumen terlalu besar: paling besar ${megabytes} MB.`, en: `The document is too large: at most ${megabytes} MB.` },
  );
}

/** A form or JSON body, which the app's body parsers have already taken apart: not a file. */
export function notARawFile(): DomainError {
  return new UnsupportedMediaTypeError({
    id: 'Kirim isi berkas apa adanya sebagai badan permintaan, bukan sebagai formulir atau JSON.',
    en: 'Send the file as is as the request body, not as a form or JSON.',
  });
}

export function invalidUploadKind(): DomainError {
  return new DomainError(ErrorCode.BadUserInput, {
    id: 'Jenis unggahan harus "image" (gambar) atau "document" (dokumen).',
    en: 'The upload kind must be "image" or "document".',
  });
}

export function invalidCourseId(): DomainError {
  return new DomainError(ErrorCode.BadUserInput, { id: 'ID kursus tidak valid.', en: 'The course id is not valid.' });
}

export function courseNotFound(): DomainError {
  return new DomainError(ErrorCode.NotFound, { id: 'Kursus tidak ditemukan.', en: 'Course not found.' });
}

export function courseArchived(): DomainError {
  return new DomainError(ErrorCode.BadUserInput, {
    id: 'Kursus ini sudah diarsipkan: berkas baru tidak dapat diunggah.',
    en: 'This course is archived: no new files can be uploaded.',
  });
}

export function fileNotFound(): DomainError {
  return new DomainError(ErrorCode.NotFound, { id: 'Berkas tidak ditemukan.', en: 'File not found.' });
}

/** The preview variant of a file that has none, or whose preview is not made yet (or failed). */
export function previewNotReady(): DomainError {
  return new DomainError(ErrorCode.NotFound, {
    id: 'Pratinjau dokumen ini belum tersedia.',
    en: 'The preview of this document is not available yet.',
  });
}

export function invalidFileLink(): DomainError {
  return new DomainError(ErrorCode.Forbidden, {
    id: 'Tautan berkas ini tidak sah atau sudah kedaluwarsa. Muat ulang halaman untuk mendapatkan tautan baru.',
    en: 'This file link is not valid or has expired. Reload the page to get a new link.',
  });
}
