import { DomainError, ErrorCode } from '@lentera/errors';
import { PayloadTooLargeError, UnprocessableContentError, UnsupportedMediaTypeError } from '../http/http-error-response';

// Refusals of template image uploads and links, each in both languages (REST answers
// `{ code, message, messageEn }`, see httpErrorResponse).

const MEGABYTE = 1024 * 1024;

export function invalidImageSlot(): DomainError {
  return new DomainError(
    ErrorCode.BadUserInput,
    { id: 'Tempat gambar tidak dikenal: gunakan logo, background, atau signature-0 sampai signature-2.', en: 'Unknown image slot: use logo, background, or signature-0 to signature-2.' },
    { field: 'slot' },
  );
}

/** An upload for the signature of a signatory the saved template does not have (yet). */
export function signatoryNotSaved(index: number): DomainError {
  const number = index + 1;
  return new DomainError(
    ErrorCode.NotFound,
    {
      id: `Penanda tangan ${number} belum tersimpan di templat. Simpan templat dahulu, lalu unggah tanda tangannya.`,
      en: `Signatory ${number} is not saved in the template yet. Save the template first, then upload the signature.`,
    },
    { field: 'slot' },
  );
}

/** The signatory at the index changed between reading the template and storing the signature. */
export function signatoryChanged(index: number): DomainError {
  const number = index + 1;
  return new DomainError(
    ErrorCode.Conflict,
    {
      id: `Penanda tangan ${number} baru saja diubah. Muat ulang templat, lalu unggah tanda tangannya lagi.`,
      en: `Signatory ${number} was just changed. Reload the template, then upload the signature again.`,
    },
    { field: 'slot' },
  );
}

export function templateImageTooLarge(maxBytes: number): DomainError {
  const megabytes = maxBytes / MEGABYTE;
  return new PayloadTooLargeError({ id: `Gambar terlalu besar: paling besar ${megabytes} MB.`, en: `The image is too large: at most ${megabytes} MB.` });
}

export function templateImageEmpty(): DomainError {
  return new DomainError(ErrorCode.BadUserInput, { id: 'Berkas gambar kosong.', en: 'The image file is empty.' }, { field: 'file' });
}

/** What some refused uploads are, in words; anything else is "not recognised". */
const refusedNames: Partial<Record<string, { id: string; en: string }>> = {
  webp: { id: 'gambar WebP', en: 'a WebP image' },
  gif: { id: 'gambar GIF', en: 'a GIF image' },
  svg: { id: 'gambar SVG', en: 'an SVG image' },
  pdf: { id: 'dokumen PDF', en: 'a PDF document' },
  'damaged-pdf': { id: 'dokumen PDF', en: 'a PDF document' },
  html: { id: 'halaman web (HTML)', en: 'a web page (HTML)' },
};

/** Content that is not a PNG or a JPEG (judged by the bytes; `detected` as detectFileType names it). */
export function templateImageNotAccepted(detected: string): DomainError {
  const found = refusedNames[detected];
  const message = found
    ? { id: `Berkas ini adalah ${found.id}, bukan gambar PNG atau JPEG.`, en: `This file is ${found.en}, not a PNG or JPEG image.` }
    : { id: 'Isi berkas ini tidak dikenali sebagai gambar PNG atau JPEG.', en: 'The content of this file is not recognised as a PNG or JPEG image.' };
  return new UnsupportedMediaTypeError({ id: `${message.id} Unggah gambar PNG atau JPEG.`, en: `${message.en} Upload a PNG or JPEG image.` }, { detected });
}

/** Starts like a PNG or JPEG but cannot be drawn: cut off, damaged, or of a kind PDFs cannot hold. */
export function templateImageBroken(reason: { id: string; en: string }): DomainError {
  return new UnprocessableContentError({
    id: `Gambar ini tidak dapat dipakai: ${reason.id} Simpan ulang gambarnya sebagai PNG atau JPEG, lalu unggah lagi.`,
    en: `This image cannot be used: ${reason.en} Save the image again as a PNG or JPEG, then upload it again.`,
  });
}

export function invalidTemplateImageLink(): DomainError {
  return new DomainError(ErrorCode.Forbidden, {
    id: 'Tautan gambar templat ini tidak sah atau sudah kedaluwarsa. Muat ulang halaman templat.',
    en: 'This template image link is not valid or has expired. Reload the template page.',
  });
}

/** The image of the link was replaced or removed since the link was made. */
export function templateImageNotFound(): DomainError {
  return new DomainError(ErrorCode.NotFound, {
    id: 'Gambar templat ini tidak ditemukan; mungkin sudah diganti atau dihapus. Muat ulang halaman templat.',
    en: 'This template image was not found; it may have been replaced or removed. Reload the template page.',
  });
}

/** A template save kept losing to other changes of the template (uploads, saves) made at the same time. */
export function templateChangedMeanwhile(): DomainError {
  return new DomainError(ErrorCode.Conflict, {
    id: 'Templat sedang diubah di tempat lain pada saat yang sama. Muat ulang halaman, lalu simpan lagi.',
    en: 'The template is being changed elsewhere at the same time. Reload the page, then save again.',
  });
}
