import type { LocalizedMessage } from '@lentera/errors';

/** 1 MiB: a three-hour lecture's captions are about 300 KB. */
export const MAX_CAPTION_BYTES = 1024 * 1024;

const reasons = {
  tooLarge: (): LocalizedMessage => ({
    id: 'Berkas teks terjemahan (caption) melebihi 1 MB. Pisahkan atau perkecil berkasnya.',
    en: 'The caption file is larger than 1 MB. Split it or make it smaller.',
  }),
  notUtf8: (): LocalizedMessage => ({
    id: 'Berkas caption harus berupa teks UTF-8. Simpan ulang sebagai WebVTT (.vtt) dengan pengodean UTF-8.',
    en: 'A caption file must be UTF-8 text. Save it again as WebVTT (.vtt) in UTF-8.',
  }),
  notWebVtt: (): LocalizedMessage => ({
    id: 'Berkas ini bukan caption WebVTT: baris pertamanya harus "WEBVTT". Berkas SRT dapat diubah ke WebVTT terlebih dahulu.',
    en: 'This file is not a WebVTT caption file: its first line must be "WEBVTT". Convert SRT files to WebVTT first.',
  }),
  noCues: (): LocalizedMessage => ({
    id: 'Berkas WebVTT ini tidak berisi satu pun teks bertanda waktu (cue), misalnya "00:00:01.000 --> 00:00:04.000".',
    en: 'This WebVTT file holds no timed text (cue), such as "00:00:01.000 --> 00:00:04.000".',
  }),
};

/** A cue timing line: `[hh:]mm:ss.ttt --> [hh:]mm:ss.ttt` and optional settings. */
const CUE_TIMING = /^(?:\d{2,}:)?[0-5]\d:[0-5]\d\.\d{3}[ \t]+-->[ \t]+(?:\d{2,}:)?[0-5]\d:[0-5]\d\.\d{3}(?:[ \t]|$)/m;
/** The signature line: `WEBVTT`, alone or followed by a space/tab and a header text. */
const SIGNATURE = /^WEBVTT(?:[ \t][^\r\n]*)?(?:\r\n|\r|\n|$)/;

/** Checks an uploaded caption file; the text (without a BOM) is what gets stored. */
export function checkWebVtt(bytes: Buffer): { ok: true; text: string } | { ok: false; reason: LocalizedMessage } {
  if (bytes.length > MAX_CAPTION_BYTES) return { ok: false, reason: reasons.tooLarge() };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, reason: reasons.notUtf8() };
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.includes('\u0000')) return { ok: false, reason: reasons.notUtf8() };
  if (!SIGNATURE.test(text)) return { ok: false, reason: reasons.notWebVtt() };
  if (!CUE_TIMING.test(text)) return { ok: false, reason: reasons.noCues() };
  return { ok: true, text };
}
