import { inflateRawSync } from 'node:zlib';

/**
 * What a file really is, from its bytes: never from its name or the request's Content-Type,
 * which the uploader controls. Only the formats below are accepted; everything else is named
 * (so the refusal can say what the file is) and refused.
 */
export const acceptedFormats = {
  png: { kind: 'image', mediaType: 'image/png' },
  jpeg: { kind: 'image', mediaType: 'image/jpeg' },
  webp: { kind: 'image', mediaType: 'image/webp' },
  pdf: { kind: 'document', mediaType: 'application/pdf' },
  docx: { kind: 'document', mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
  xlsx: { kind: 'document', mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
  pptx: { kind: 'document', mediaType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation' },
  odt: { kind: 'document', mediaType: 'application/vnd.oasis.opendocument.text' },
  ods: { kind: 'document', mediaType: 'application/vnd.oasis.opendocument.spreadsheet' },
  odp: { kind: 'document', mediaType: 'application/vnd.oasis.opendocument.presentation' },
  doc: { kind: 'document', mediaType: 'application/msword' },
  xls: { kind: 'document', mediaType: 'application/vnd.ms-excel' },
  ppt: { kind: 'document', mediaType: 'application/vnd.ms-powerpoint' },
} as const satisfies Record<string, { kind: 'image' | 'document'; mediaType: string }>;

export type AcceptedFormat = keyof typeof acceptedFormats;

/** Whether browsers show a file of this (stored, detected) type themselves: PDFs and images. */
export function viewableInBrowser(mediaType: string): boolean {
  return mediaType === acceptedFormats.pdf.mediaType || mediaType.startsWith('image/');
}

/** Office documents, which browsers cannot show: the worker converts them into a PDF preview. */
export function getsPdfPreview(mediaType: string): boolean {
  return !viewableInBrowser(mediaType) && Object.values(acceptedFormats).some((format) => format.kind === 'document' && format.mediaType === mediaType);
}

export const refusedFormats = [
  'windows-executable',
  'linux-executable',
  'macos-executable',
  'script',
  'html',
  'svg',
  'gif',
  /** A ZIP archive that is not an office document. */
  'zip',
  /** An office document carrying macros (VBA): a common way to deliver malware. */
  'office-macro',
  /** Starts like a PDF but has no end: cut off during the upload or damaged. */
  'damaged-pdf',
  'empty',
  'unknown',
] as const;

export type RefusedFormat = (typeof refusedFormats)[number];

export type DetectedFile =
  | { accepted: true; format: AcceptedFormat; kind: 'image' | 'document'; mediaType: string }
  | { accepted: false; format: RefusedFormat };

export function detectFileType(bytes: Buffer): DetectedFile {
  const format = detectFormat(bytes);
  if (format in acceptedFormats) {
    const accepted = format as AcceptedFormat;
    return { accepted: true, format: accepted, ...acceptedFormats[accepted] };
  }
  return { accepted: false, format: format as RefusedFormat };
}

function detectFormat(bytes: Buffer): AcceptedFormat | RefusedFormat {
  if (bytes.length === 0) return 'empty';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return isPng(bytes) ? 'png' : 'unknown';
  if (startsWith(bytes, [0xff, 0xd8, 0xff]) && bytes.length > 4) return 'jpeg';
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 15) === 'WEBPVP8') return 'webp';
  if (ascii(bytes, 0, 5) === '%PDF-') return isCompletePdf(bytes) ? 'pdf' : 'damaged-pdf';
  if (ascii(bytes, 0, 6) === 'GIF87a' || ascii(bytes, 0, 6) === 'GIF89a') return 'gif';
  if (ascii(bytes, 0, 2) === 'MZ') return 'windows-executable';
  if (startsWith(bytes, [0x7f, 0x45, 0x4c, 0x46])) return 'linux-executable';
  if (isMachO(bytes)) return 'macos-executable';
  if (ascii(bytes, 0, 2) === '#!') return 'script';
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return orUnknown(() => compoundFileFormat(bytes));
  if (ascii(bytes, 0, 4) === 'PK\u0003\u0004' || ascii(bytes, 0, 4) === 'PK\u0005\u0006') return orUnknown(() => zipFormat(bytes));
  return markupFormat(bytes);
}

/** Containers are parsed from offsets the file itself gives: one pointing outside it is malformed. */
function orUnknown(detect: () => AcceptedFormat | RefusedFormat): AcceptedFormat | RefusedFormat {
  try {
    return detect();
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (code === 'ERR_OUT_OF_RANGE' || code === 'ERR_BUFFER_OUT_OF_BOUNDS') return 'unknown';
    throw error;
  }
}

function startsWith(bytes: Buffer, prefix: readonly number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((byte, index) => bytes[index] === byte);
}

function ascii(bytes: Buffer, start: number, end: number): string {
  return bytes.subarray(start, end).toString('latin1');
}

/** The signature, then the IHDR chunk every PNG must start with. */
function isPng(bytes: Buffer): boolean {
  return bytes.length >= 33 && ascii(bytes, 12, 16) === 'IHDR';
}

/** Readers look for `%%EOF` in the last kilobyte; a PDF without one was cut off. */
function isCompletePdf(bytes: Buffer): boolean {
  return bytes.subarray(Math.max(0, bytes.length - 1024)).includes('%%EOF', 0, 'latin1');
}

/** Mach-O (32/64 bit, both byte orders) and universal binaries (CAFEBABE, shared with Java classes). */
function isMachO(bytes: Buffer): boolean {
  if (bytes.length < 4) return false;
  const magic = bytes.readUInt32BE(0);
  return [0xfeedface, 0xfeedfacf, 0xcefaedfe, 0xcffaedfe, 0xcafebabe].includes(magic);
}

// ---- markup: HTML and SVG would run scripts if a browser rendered them from our origin.

const htmlStarts = ['<!doctype html', '<html', '<head', '<body', '<script', '<iframe', '<style', '<title', '<div', '<table', '<a ', '<p>', '<h1', '<br', '<font', '<b>', '<!--'];

function markupFormat(bytes: Buffer): RefusedFormat {
  const head = bytes.subarray(0, 4096).toString('utf8').replace(/^\uFEFF/, '').trimStart().toLowerCase();
  if (head.startsWith('<!doctype html') || head.startsWith('<html')) return 'html';
  if (['<?xml', '<!doctype svg', '<!--', '<svg'].some((start) => head.startsWith(start)) && /<svg[\s>]/.test(head)) return 'svg';
  if (htmlStarts.some((start) => head.startsWith(start))) return 'html';
  // Other markup (a bookmarks file, an unusual doctype) that a browser would still run as a page.
  if (head.startsWith('<') && /<(html|head|body|script|iframe|meta)[\s>]/.test(head)) return 'html';
  return 'unknown';
}

// ---- ZIP: OOXML (docx, xlsx, pptx) and OpenDocument are ZIP archives with known entries.

interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  localHeaderOffset: number;
}

const EOCD_SIGNATURE = 0x06054b50;
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
const ZIP64_EOCD_SIGNATURE = 0x06064b50;
const CENTRAL_ENTRY_SIGNATURE = 0x02014b50;
const LOCAL_HEADER_SIGNATURE = 0x04034b50;
/** More entries than any office document has; stops a crafted directory from keeping us busy. */
const MAX_ZIP_ENTRIES = 20_000;

const openDocumentTypes: Record<string, AcceptedFormat> = {
  'application/vnd.oasis.opendocument.text': 'odt',
  'application/vnd.oasis.opendocument.spreadsheet': 'ods',
  'application/vnd.oasis.opendocument.presentation': 'odp',
};

function zipFormat(bytes: Buffer): AcceptedFormat | RefusedFormat {
  const entries = zipEntries(bytes);
  if (!entries) return 'unknown';
  const names = new Set(entries.map((entry) => entry.name));
  const mimetype = entries.find((entry) => entry.name === 'mimetype');
  if (mimetype) {
    const format = openDocumentTypes[readEntry(bytes, mimetype)?.toString('latin1').trim() ?? ''];
    if (format) return format;
  }
  if (names.has('[Content_Types].xml')) {
    const has = (folder: string) => entries.some((entry) => entry.name.startsWith(folder));
    const format = has('word/') ? 'docx' : has('xl/') ? 'xlsx' : has('ppt/') ? 'pptx' : null;
    if (format) return entries.some((entry) => /(^|\/)vbaProject\.bin$/i.test(entry.name)) ? 'office-macro' : format;
  }
  return 'zip';
}

/** The central directory's entries, or null when the archive is cut off or malformed. */
function zipEntries(bytes: Buffer): ZipEntry[] | null {
  // The end record is the last 22 bytes plus a comment of at most 64 KB.
  const searchFrom = Math.max(0, bytes.length - 22 - 0xffff);
  const found = bytes.subarray(searchFrom).lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]), bytes.length - searchFrom - 22);
  if (found < 0) return null;
  const eocd = searchFrom + found;
  if (bytes.readUInt32LE(eocd) !== EOCD_SIGNATURE) return null;
  let count = bytes.readUInt16LE(eocd + 10);
  let offset = bytes.readUInt32LE(eocd + 16);
  if (offset === 0xffffffff || count === 0xffff) {
    const zip64 = zip64Directory(bytes, eocd);
    if (!zip64) return null;
    ({ count, offset } = zip64);
  }
  if (count > MAX_ZIP_ENTRIES) return null;
  const entries: ZipEntry[] = [];
  for (let index = 0; index < count; index++) {
    if (offset + 46 > bytes.length || bytes.readUInt32LE(offset) !== CENTRAL_ENTRY_SIGNATURE) return null;
    const nameLength = bytes.readUInt16LE(offset + 28);
    const extraLength = bytes.readUInt16LE(offset + 30);
    const commentLength = bytes.readUInt16LE(offset + 32);
    entries.push({
      name: bytes.subarray(offset + 46, offset + 46 + nameLength).toString('utf8'),
      method: bytes.readUInt16LE(offset + 10),
      compressedSize: bytes.readUInt32LE(offset + 20),
      localHeaderOffset: bytes.readUInt32LE(offset + 42),
    });
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Archives over 4 GB or 65535 entries keep the real numbers in a ZIP64 record. */
function zip64Directory(bytes: Buffer, eocd: number): { count: number; offset: number } | null {
  const locator = eocd - 20;
  if (locator < 0 || bytes.readUInt32LE(locator) !== ZIP64_LOCATOR_SIGNATURE) return null;
  const record = Number(bytes.readBigUInt64LE(locator + 8));
  if (record + 56 > bytes.length || bytes.readUInt32LE(record) !== ZIP64_EOCD_SIGNATURE) return null;
  return { count: Number(bytes.readBigUInt64LE(record + 32)), offset: Number(bytes.readBigUInt64LE(record + 48)) };
}

/** A small entry's content (OpenDocument's `mimetype`), stored or deflated. */
function readEntry(bytes: Buffer, entry: ZipEntry): Buffer | null {
  const header = entry.localHeaderOffset;
  if (entry.compressedSize > 1024 || header + 30 > bytes.length || bytes.readUInt32LE(header) !== LOCAL_HEADER_SIGNATURE) return null;
  const start = header + 30 + bytes.readUInt16LE(header + 26) + bytes.readUInt16LE(header + 28);
  const data = bytes.subarray(start, start + entry.compressedSize);
  if (entry.method === 0) return data;
  if (entry.method !== 8) return null;
  try {
    return inflateRawSync(data, { maxOutputLength: 1024 });
  } catch {
    return null;
  }
}

// ---- OLE compound files: legacy Word, Excel and PowerPoint (also .msi installers and .msg mail).

const FREE_SECTOR = 0xffffffff;
const END_OF_CHAIN = 0xfffffffe;

function compoundFileFormat(bytes: Buffer): AcceptedFormat | RefusedFormat {
  const names = compoundFileNames(bytes);
  if (!names) return 'unknown';
  const format = names.has('worddocument') ? 'doc' : names.has('workbook') || names.has('book') ? 'xls' : names.has('powerpoint document') ? 'ppt' : null;
  if (!format) return 'unknown';
  // Word keeps VBA in a "Macros" storage, Excel in "_VBA_PROJECT_CUR".
  return names.has('macros') || names.has('_vba_project_cur') ? 'office-macro' : format;
}

/** Lower-cased names of every entry in the compound file's directory, or null when malformed. */
function compoundFileNames(bytes: Buffer): Set<string> | null {
  if (bytes.length < 512) return null;
  const sectorShift = bytes.readUInt16LE(0x1e);
  if (sectorShift !== 9 && sectorShift !== 12) return null;
  const sectorSize = 1 << sectorShift;
  // The header fills sector -1; some writers leave the last sector short.
  const sectorCount = Math.ceil((bytes.length - sectorSize) / sectorSize);
  const offsetOf = (sector: number) => (sector + 1) * sectorSize;
  const fatSectors = compoundFileFatSectors(bytes, sectorSize, sectorCount);
  if (!fatSectors) return null;
  const entriesPerFatSector = sectorSize / 4;
  const nextSector = (sector: number) => {
    const fatSector = fatSectors[Math.floor(sector / entriesPerFatSector)];
    return fatSector === undefined ? END_OF_CHAIN : bytes.readUInt32LE(offsetOf(fatSector) + (sector % entriesPerFatSector) * 4);
  };
  const names = new Set<string>();
  let sector = bytes.readUInt32LE(0x30);
  // A chain longer than the file has sectors is a loop.
  for (let visited = 0; sector !== END_OF_CHAIN; visited++) {
    if (sector >= sectorCount || visited > sectorCount) return null;
    for (let entry = offsetOf(sector); entry < offsetOf(sector) + sectorSize; entry += 128) {
      const nameBytes = Math.min(bytes.readUInt16LE(entry + 64), 64);
      if (nameBytes >= 2) names.add(bytes.subarray(entry, entry + nameBytes - 2).toString('utf16le').toLowerCase());
    }
    sector = nextSector(sector);
  }
  return names;
}

/**
 * The sectors holding the allocation table: the header lists the first 109, the DIFAT chain
 * the rest. Never more than the header declares or the file can hold, so a crafted file
 * cannot make the table (or the time spent) grow beyond the file's size.
 */
function compoundFileFatSectors(bytes: Buffer, sectorSize: number, sectorCount: number): number[] | null {
  const declared = bytes.readUInt32LE(0x2c);
  if (declared > sectorCount) return null;
  const fatSectors: number[] = [];
  for (let index = 0; index < Math.min(109, declared); index++) fatSectors.push(bytes.readUInt32LE(0x4c + index * 4));
  let difat = bytes.readUInt32LE(0x44);
  for (let visited = 0; fatSectors.length < declared && difat !== END_OF_CHAIN && difat !== FREE_SECTOR; visited++) {
    if (difat >= sectorCount || visited > sectorCount) return null;
    const start = (difat + 1) * sectorSize;
    for (let at = start; at < start + sectorSize - 4 && fatSectors.length < declared; at += 4) fatSectors.push(bytes.readUInt32LE(at));
    difat = bytes.readUInt32LE(start + sectorSize - 4);
  }
  return fatSectors.every((sector) => sector < sectorCount) ? fatSectors : null;
}
