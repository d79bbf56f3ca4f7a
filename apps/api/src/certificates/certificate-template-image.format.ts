import { createInflate, crc32 } from 'node:zlib';
import { renderCertificatePdf, type CertificateData } from '@lentera/certificates';
import type { LocalizedMessage } from '@lentera/errors';
import { detectFileType } from '../course-files/file-signature';
import { templateImageBroken, templateImageEmpty, templateImageNotAccepted } from './certificate-template-image.errors';

/** What an accepted template image is. */
export interface CheckedTemplateImage {
  contentType: 'image/png' | 'image/jpeg';
  extension: 'png' | 'jpg';
  width: number;
  height: number;
}

/**
 * Wider or taller than an A4 page at 400 dpi (4677 × 3307 px) is more than a certificate needs,
 * and bounds what the worker decodes: pdfkit unpacks a transparent PNG fully in memory.
 */
export const MAX_IMAGE_SIDE_PX = 5000;

/**
 * Checks an upload is a PNG or JPEG the certificate renderer draws correctly, so a bad image
 * is refused now rather than failing (or, for a damaged transparent PNG, crashing the worker:
 * png-js throws from a zlib callback) when a certificate is rendered. The type is judged by
 * the bytes only. Throws the DomainError to answer with.
 */
export async function checkTemplateImage(bytes: Buffer): Promise<CheckedTemplateImage> {
  const detected = detectFileType(bytes);
  if (!detected.accepted && detected.format === 'empty') throw templateImageEmpty();
  // A PNG signature without a readable IHDR is "unknown" to detectFileType: still a (cut-off) PNG.
  const looksLikePng = bytes.subarray(0, 8).equals(PNG_SIGNATURE);
  if (!looksLikePng && (!detected.accepted || (detected.format !== 'png' && detected.format !== 'jpeg'))) throw templateImageNotAccepted(detected.format);
  const image = looksLikePng ? await checkPng(bytes) : checkJpeg(bytes);
  if (!image.ok) throw templateImageBroken(image.problem);
  if (image.width > MAX_IMAGE_SIDE_PX || image.height > MAX_IMAGE_SIDE_PX) throw templateImageBroken(PROBLEMS.tooManyPixels(image.width, image.height));
  await drawnByRenderer(bytes);
  return looksLikePng
    ? { contentType: 'image/png', extension: 'png', width: image.width, height: image.height }
    : { contentType: 'image/jpeg', extension: 'jpg', width: image.width, height: image.height };
}

type Structure = { ok: true; width: number; height: number } | { ok: false; problem: LocalizedMessage };

const PROBLEMS = {
  cutOff: { id: 'berkasnya terpotong (tidak lengkap).', en: 'the file is cut off (incomplete).' },
  damaged: { id: 'isinya rusak.', en: 'its content is damaged.' },
  notDrawable: { id: 'jenis PNG atau JPEG ini tidak dapat dimuat ke dalam PDF.', en: 'this kind of PNG or JPEG cannot be put into a PDF.' },
  lowBitPalette: {
    id: 'PNG berpalet di bawah 8 bit yang transparan atau interlaced tidak tergambar dengan benar di PDF.',
    en: 'a PNG with a palette below 8 bits that is transparent or interlaced is not drawn correctly in a PDF.',
  },
  tooManyPixels: (width: number, height: number) => ({
    id: `ukurannya ${width} × ${height} piksel; paling besar ${MAX_IMAGE_SIDE_PX} piksel per sisi.`,
    en: `it is ${width} × ${height} pixels; at most ${MAX_IMAGE_SIDE_PX} pixels a side.`,
  }),
} satisfies Record<string, LocalizedMessage | ((...args: never[]) => LocalizedMessage)>;

// ---- PNG: chunks with lengths inside the file and correct CRCs, IHDR first, IEND last, and
// image data that inflates to exactly the scanlines IHDR promises, each with a known filter.

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Bit depths allowed per colour type (PNG spec, table 11.1) and the samples per pixel. */
const PNG_COLOUR_TYPES: Record<number, { depths: readonly number[]; samples: number }> = {
  0: { depths: [1, 2, 4, 8, 16], samples: 1 },
  2: { depths: [8, 16], samples: 3 },
  3: { depths: [1, 2, 4, 8], samples: 1 },
  4: { depths: [8, 16], samples: 2 },
  6: { depths: [8, 16], samples: 4 },
};

interface PngHeader {
  width: number;
  height: number;
  bitDepth: number;
  colourType: number;
  interlaced: boolean;
}

async function checkPng(bytes: Buffer): Promise<Structure> {
  const chunks = pngChunks(bytes);
  if (!chunks.ok) return chunks;
  const [first] = chunks.list;
  if (first?.type !== 'IHDR' || first.data.length !== 13) return { ok: false, problem: PROBLEMS.damaged };
  const header = pngHeader(first.data);
  if (!header) return { ok: false, problem: PROBLEMS.damaged };
  const types = new Set(chunks.list.map((chunk) => chunk.type));
  if (header.colourType === 3 && !types.has('PLTE')) return { ok: false, problem: PROBLEMS.damaged };
  // pdfkit (png-js) unpacks these treating each byte as one pixel: the picture comes out wrong.
  if (header.bitDepth < 8 && (header.interlaced || (header.colourType === 3 && types.has('tRNS')))) return { ok: false, problem: PROBLEMS.lowBitPalette };
  if (header.width > MAX_IMAGE_SIDE_PX || header.height > MAX_IMAGE_SIDE_PX) return { ok: true, width: header.width, height: header.height };
  const imageData = Buffer.concat(chunks.list.filter((chunk) => chunk.type === 'IDAT').map((chunk) => chunk.data));
  if (imageData.length === 0) return { ok: false, problem: PROBLEMS.damaged };
  const scanlines = await checkScanlines(imageData, scanlineLayout(header));
  return scanlines ?? { ok: true, width: header.width, height: header.height };
}

function pngChunks(bytes: Buffer): { ok: true; list: { type: string; data: Buffer }[] } | { ok: false; problem: LocalizedMessage } {
  const list: { type: string; data: Buffer }[] = [];
  let offset = PNG_SIGNATURE.length;
  while (offset + 12 <= bytes.length) {
    const length = bytes.readUInt32BE(offset);
    const end = offset + 12 + length;
    if (end > bytes.length) return { ok: false, problem: PROBLEMS.cutOff };
    const typeAndData = bytes.subarray(offset + 4, offset + 8 + length);
    if (crc32(typeAndData) !== bytes.readUInt32BE(offset + 8 + length)) return { ok: false, problem: PROBLEMS.damaged };
    const type = typeAndData.subarray(0, 4).toString('latin1');
    if (type === 'IEND') return { ok: true, list };
    list.push({ type, data: typeAndData.subarray(4) });
    offset = end;
  }
  return { ok: false, problem: PROBLEMS.cutOff };
}

function pngHeader(data: Buffer): PngHeader | null {
  const header = { width: data.readUInt32BE(0), height: data.readUInt32BE(4), bitDepth: data[8], colourType: data[9], interlaced: data[12] === 1 };
  const colour = PNG_COLOUR_TYPES[header.colourType];
  const valid = header.width > 0 && header.height > 0 && colour?.depths.includes(header.bitDepth) && data[10] === 0 && data[11] === 0 && data[12] <= 1;
  return valid ? header : null;
}

/** Rows and bytes per row (after the filter byte) of each pass: one pass, or Adam7's seven. */
function scanlineLayout(header: PngHeader): { rows: number; rowBytes: number }[] {
  const bitsPerPixel = header.bitDepth * PNG_COLOUR_TYPES[header.colourType].samples;
  const pass = (width: number, rows: number) => ({ rows: width > 0 ? rows : 0, rowBytes: Math.ceil((width * bitsPerPixel) / 8) });
  if (!header.interlaced) return [pass(header.width, header.height)];
  const adam7 = [
    [0, 0, 8, 8],
    [4, 0, 8, 8],
    [0, 4, 4, 8],
    [2, 0, 4, 4],
    [0, 2, 2, 4],
    [1, 0, 2, 2],
    [0, 1, 1, 2],
  ];
  return adam7.map(([x0, y0, dx, dy]) => pass(Math.ceil((header.width - x0) / dx), Math.ceil((header.height - y0) / dy))).filter((layout) => layout.rows > 0);
}

/**
 * Inflates the image data as a stream (never holding it whole) and checks each scanline's
 * filter byte; null when it is exactly the promised scanlines.
 */
async function checkScanlines(imageData: Buffer, layout: { rows: number; rowBytes: number }[]): Promise<Structure | null> {
  const expected = layout.reduce((total, pass) => total + pass.rows * (1 + pass.rowBytes), 0);
  const filterBytes = filterByteOffsets(layout);
  let next = filterBytes.next();
  let inflated = 0;
  const inflate = createInflate();
  inflate.end(imageData);
  try {
    for await (const chunk of inflate as AsyncIterable<Buffer>) {
      const start = inflated;
      inflated += chunk.length;
      if (inflated > expected) {
        inflate.destroy();
        return { ok: false, problem: PROBLEMS.damaged };
      }
      for (; !next.done && next.value < inflated; next = filterBytes.next()) {
        if (chunk[next.value - start] > 4) {
          inflate.destroy();
          return { ok: false, problem: PROBLEMS.damaged };
        }
      }
    }
  } catch {
    // zlib: "unexpected end of file" for cut-off data, "invalid ..." for damaged data.
    return { ok: false, problem: PROBLEMS.damaged };
  }
  return inflated === expected ? null : { ok: false, problem: PROBLEMS.damaged };
}

function* filterByteOffsets(layout: { rows: number; rowBytes: number }[]): Generator<number> {
  let offset = 0;
  for (const pass of layout) {
    for (let row = 0; row < pass.rows; row++) {
      yield offset;
      offset += 1 + pass.rowBytes;
    }
  }
}

// ---- JPEG: segments walked marker by marker up to EOI, with one frame of a kind PDF's
// DCTDecode takes (baseline or progressive, 8 bits, grey, RGB or CMYK) before the first scan.

const EOI = 0xd9;
const SOS = 0xda;
/** Frames PDF readers decode: baseline, extended sequential and progressive Huffman. */
const DRAWABLE_FRAMES = [0xc0, 0xc1, 0xc2];
/** Every other start-of-frame marker: lossless, hierarchical, arithmetic coding. */
const OTHER_FRAMES = [0xc3, 0xc5, 0xc6, 0xc7, 0xc9, 0xca, 0xcb, 0xcd, 0xce, 0xcf];

function checkJpeg(bytes: Buffer): Structure {
  let frame: { width: number; height: number } | null = null;
  let offset = 2;
  while (offset < bytes.length) {
    if (bytes[offset] !== 0xff) return { ok: false, problem: PROBLEMS.damaged };
    while (bytes[offset] === 0xff) offset++; // fill bytes
    if (offset >= bytes.length) break;
    const marker = bytes[offset++];
    if (marker === EOI) return frame ? { ok: true, ...frame } : { ok: false, problem: PROBLEMS.damaged };
    if ((marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) continue; // no length
    if (offset + 2 > bytes.length) break;
    const length = bytes.readUInt16BE(offset);
    if (length < 2) return { ok: false, problem: PROBLEMS.damaged };
    if (offset + length > bytes.length) break;
    if (OTHER_FRAMES.includes(marker)) return { ok: false, problem: PROBLEMS.notDrawable };
    if (DRAWABLE_FRAMES.includes(marker)) {
      if (frame || length < 8) return { ok: false, problem: PROBLEMS.damaged };
      const [bits, height, width, components] = [bytes[offset + 2], bytes.readUInt16BE(offset + 3), bytes.readUInt16BE(offset + 5), bytes[offset + 7]];
      if (bits !== 8 || ![1, 3, 4].includes(components) || height === 0 || width === 0) return { ok: false, problem: PROBLEMS.notDrawable };
      frame = { width, height };
    }
    offset += length;
    if (marker === SOS) {
      if (!frame) return { ok: false, problem: PROBLEMS.damaged };
      offset = endOfScan(bytes, offset);
    }
  }
  return { ok: false, problem: PROBLEMS.cutOff };
}

/** Where the entropy-coded data after a scan header ends: the next marker that is not a stuffed 0xFF00 or a restart. */
function endOfScan(bytes: Buffer, from: number): number {
  for (let offset = bytes.indexOf(0xff, from); offset !== -1 && offset + 1 < bytes.length; offset = bytes.indexOf(0xff, offset + 1)) {
    const next = bytes[offset + 1];
    if (next !== 0x00 && next !== 0xff && !(next >= 0xd0 && next <= 0xd7)) return offset;
  }
  return bytes.length;
}

// ---- Finally pdfkit itself: the image drawn where a logo goes on a sample certificate.

const SAMPLE_CERTIFICATE: CertificateData = {
  type: 'LenteraCertificate',
  v: 1,
  code: 'CEKGAMBAR',
  number: 'CEK/0001',
  issuer: { agencyId: '000000000000000000000000', code: 'CEK', name: 'Pemeriksaan gambar' },
  course: { id: '000000000000000000000000', title: 'Pemeriksaan gambar', jp: 1, competencyType: 'teknis' },
  participant: { name: 'Pemeriksaan gambar', nip: null, rankGrade: null, position: null, workUnit: null, agencyOfOrigin: null },
  period: { start: '2026-01-01', end: '2026-01-01' },
  issuedAt: '2026-01-01T00:00:00.000Z',
  signatories: [],
  replaces: null,
  keyId: 'cek',
  verifyUrl: 'https://lentera.invalid/verifikasi/CEKGAMBAR',
};

async function drawnByRenderer(bytes: Buffer): Promise<void> {
  try {
    await renderCertificatePdf({ data: SAMPLE_CERTIFICATE, signature: '', heading: 'CEK', language: 'id', images: { logo: bytes, background: null, signatures: [] } });
  } catch {
    throw templateImageBroken(PROBLEMS.notDrawable);
  }
}
