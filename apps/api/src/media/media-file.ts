import { CAPTION_LANGUAGE } from '@lentera/media';

/** A file a signed media prefix may lead to, as named in the URL (after the signature). */
export type MediaFile =
  | { kind: 'output'; relativePath: string; fileName: string }
  | { kind: 'rendition'; rendition: string; relativePath: string; fileName: string }
  | { kind: 'caption'; language: string; fileName: string };

/**
 * The only names served, checked on the path as it came over the wire (still percent-encoded):
 * `..`, `%2e%2e`, `%2f`, backslashes or anything else outside these shapes never match, so no
 * path is ever built from what a client sent beyond these characters.
 */
const OUTPUT_FILE = /^(master\.m3u8|poster\.jpg)$/;
const RENDITION_FILE = /^([a-z0-9]{1,16})\/(index\.m3u8|seg_\d{1,6}\.ts)$/;
const CAPTION_FILE = /^captions\/([A-Za-z-]{2,6})\.vtt$/;

export function mediaFileOf(rawPath: string): MediaFile | null {
  if (OUTPUT_FILE.test(rawPath)) return { kind: 'output', relativePath: rawPath, fileName: rawPath };
  const rendition = RENDITION_FILE.exec(rawPath);
  if (rendition) return { kind: 'rendition', rendition: rendition[1], relativePath: rawPath, fileName: rendition[2] };
  const caption = CAPTION_FILE.exec(rawPath);
  if (caption && CAPTION_LANGUAGE.test(caption[1])) return { kind: 'caption', language: caption[1], fileName: `${caption[1]}.vtt` };
  return null;
}
