import { crc32, deflateSync } from 'node:zlib';
import { PNG } from 'pngjs';
import { DomainError } from '@lentera/errors';
import { PayloadTooLargeError, UnprocessableContentError, UnsupportedMediaTypeError } from '../http/http-error-response';
import { checkTemplateImage, MAX_IMAGE_SIDE_PX } from './certificate-template-image.format';

/** A transparent RGBA PNG as image editors write one: a red disc on nothing. */
function rgbaPng(width = 40, height = 20): Buffer {
  const png = new PNG({ width, height });
  for (let pixel = 0; pixel < width * height; pixel++) {
    const [x, y] = [pixel % width, Math.floor(pixel / width)];
    png.data.set([200, 20, 20, (x - width / 2) ** 2 + (y - height / 2) ** 2 < (height / 2) ** 2 ? 255 : 0], pixel * 4);
  }
  return PNG.sync.write(png, { colorType: 6 });
}

function pngChunk(type: string, data: Buffer): Buffer {
  const typeAndData = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

/** A two-colour palette PNG (red | blue) of the given bit depth, optionally with red transparent. */
function palettePng(bitDepth: number, transparent: boolean, width = 40, height = 20): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([bitDepth, 3], 8);
  const rowBytes = Math.ceil((width * bitDepth) / 8);
  const rows = Array.from({ length: height }, () => {
    const row = Buffer.alloc(1 + rowBytes);
    for (let x = width / 2; x < width; x++) row[1 + ((x * bitDepth) >> 3)] |= 1 << (8 - bitDepth - ((x * bitDepth) & 7));
    return row;
  });
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', header),
    pngChunk('PLTE', Buffer.from([255, 0, 0, 0, 0, 255])),
    ...(transparent ? [pngChunk('tRNS', Buffer.from([0, 255]))] : []),
    pngChunk('IDAT', deflateSync(Buffer.concat(rows))),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

/** The PNG with its image data replaced by `data` (CRCs correct, so only the content is wrong). */
function withImageData(png: Buffer, data: Buffer): Buffer {
  const idat = png.indexOf('IDAT') - 4;
  const length = png.readUInt32BE(idat);
  return Buffer.concat([png.subarray(0, idat), pngChunk('IDAT', data), png.subarray(idat + 12 + length)]);
}

/**
 * A grey baseline JPEG: one component, every 8×8 block with DC difference 0 and no AC
 * coefficients, and Huffman tables of one 1-bit code each (so each block is the bits "00").
 */
function greyJpeg(width = 40, height = 20, frameMarker = 0xc0): Buffer {
  const segment = (marker: number, body: Buffer) => {
    const head = Buffer.from([0xff, marker, 0, 0]);
    head.writeUInt16BE(body.length + 2, 2);
    return Buffer.concat([head, body]);
  };
  const quantisation = Buffer.concat([Buffer.from([0]), Buffer.alloc(64, 1)]);
  const frame = Buffer.from([8, height >> 8, height & 0xff, width >> 8, width & 0xff, 1, 1, 0x11, 0]);
  const table = (classAndId: number) => Buffer.concat([Buffer.from([classAndId, 1]), Buffer.alloc(15), Buffer.from([0])]);
  const blocks = Math.ceil(width / 8) * Math.ceil(height / 8);
  const bits = '00'.repeat(blocks).padEnd(Math.ceil((blocks * 2) / 8) * 8, '1');
  const scan = Buffer.from((bits.match(/.{8}/g) ?? []).map((byte) => parseInt(byte, 2)));
  return Buffer.concat([
    Buffer.from([0xff, 0xd8]),
    segment(0xdb, quantisation),
    segment(frameMarker, frame),
    segment(0xc4, table(0x00)),
    segment(0xc4, table(0x10)),
    segment(0xda, Buffer.from([1, 1, 0x00, 0, 63, 0])),
    scan,
    Buffer.from([0xff, 0xd9]),
  ]);
}

async function refusal(bytes: Buffer): Promise<DomainError> {
  const error: unknown = await checkTemplateImage(bytes).then(
    () => null,
    (caught: unknown) => caught,
  );
  if (!(error instanceof DomainError)) throw new Error(`expected a refusal, got ${String(error)}`);
  return error;
}

describe('checkTemplateImage', () => {
  it('accepts a transparent PNG and a JPEG, typed by their bytes, with their size in pixels', async () => {
    await expect(checkTemplateImage(rgbaPng(40, 20))).resolves.toEqual({ contentType: 'image/png', extension: 'png', width: 40, height: 20 });
    await expect(checkTemplateImage(greyJpeg(24, 16))).resolves.toEqual({ contentType: 'image/jpeg', extension: 'jpg', width: 24, height: 16 });
    // An 8-bit palette with transparency is drawn correctly, so it is taken.
    await expect(checkTemplateImage(palettePng(8, true))).resolves.toMatchObject({ contentType: 'image/png' });
    await expect(checkTemplateImage(palettePng(2, false))).resolves.toMatchObject({ contentType: 'image/png' });
    // Each accepted image is drawn on a sample certificate by the renderer: about a second under jest.
  }, 30_000);

  it('refuses what is not a PNG or JPEG, naming what it is', async () => {
    const text = await refusal(Buffer.from('bukan gambar, hanya teks yang dinamai logo.png'));
    expect(text).toBeInstanceOf(UnsupportedMediaTypeError);
    expect(text.localized.id).toBe('Isi berkas ini tidak dikenali sebagai gambar PNG atau JPEG. Unggah gambar PNG atau JPEG.');
    const gif = await refusal(Buffer.concat([Buffer.from('GIF89a', 'latin1'), Buffer.alloc(32)]));
    expect(gif).toBeInstanceOf(UnsupportedMediaTypeError);
    expect(gif.localized).toEqual({
      id: 'Berkas ini adalah gambar GIF, bukan gambar PNG atau JPEG. Unggah gambar PNG atau JPEG.',
      en: 'This file is a GIF image, not a PNG or JPEG image. Upload a PNG or JPEG image.',
    });
    expect((await refusal(Buffer.alloc(0))).localized.en).toBe('The image file is empty.');
  });

  it('refuses a cut-off PNG or JPEG', async () => {
    const png = rgbaPng();
    for (const cut of [png.subarray(0, png.length - 12), png.subarray(0, 40), png.subarray(0, 10)]) {
      const error = await refusal(cut);
      expect(error).toBeInstanceOf(UnprocessableContentError);
      expect(error.localized.id).toMatch(/^Gambar ini tidak dapat dipakai: berkasnya terpotong \(tidak lengkap\)\./);
    }
    const jpeg = greyJpeg();
    expect((await refusal(jpeg.subarray(0, jpeg.length - 2))).localized.en).toMatch(/the file is cut off/);
    expect((await refusal(jpeg.subarray(0, 60))).localized.en).toMatch(/the file is cut off/);
  });

  it('refuses damaged image data that pdfkit would open and then crash on while rendering', async () => {
    const png = rgbaPng();
    const idat = png.indexOf('IDAT') + 4;
    const data = Buffer.from(png.subarray(idat, idat + png.readUInt32BE(idat - 8)));
    data.fill(0x55, 4, 14);
    expect((await refusal(withImageData(png, data))).localized.en).toMatch(/its content is damaged/);
    // A flipped bit without a matching CRC, and scanlines with an unknown filter.
    const flipped = Buffer.from(png);
    flipped[idat + 6] ^= 0x01;
    expect((await refusal(flipped)).localized.en).toMatch(/its content is damaged/);
    const rows = Buffer.alloc(20 * (1 + 40 * 4), 0);
    rows[0] = 5;
    expect((await refusal(withImageData(png, deflateSync(rows)))).localized.en).toMatch(/its content is damaged/);
    expect((await refusal(withImageData(png, deflateSync(rows.subarray(0, rows.length - 40))))).localized.en).toMatch(/its content is damaged/);
  });

  it('refuses images pdfkit does not draw correctly or PDF readers cannot decode', async () => {
    expect((await refusal(palettePng(2, true))).localized.id).toMatch(/PNG berpalet di bawah 8 bit yang transparan atau interlaced/);
    expect((await refusal(greyJpeg(16, 16, 0xc9))).localized.en).toMatch(/cannot be put into a PDF/);
  });

  it(`refuses an image over ${MAX_IMAGE_SIDE_PX} pixels a side before unpacking it`, async () => {
    const error = await refusal(palettePng(1, false, MAX_IMAGE_SIDE_PX + 8, 2));
    expect(error.localized.id).toContain(`ukurannya ${MAX_IMAGE_SIDE_PX + 8} × 2 piksel; paling besar ${MAX_IMAGE_SIDE_PX} piksel per sisi.`);
    expect(error).not.toBeInstanceOf(PayloadTooLargeError);
    expect((await refusal(greyJpeg(8, MAX_IMAGE_SIDE_PX + 1))).localized.en).toContain(`at most ${MAX_IMAGE_SIDE_PX} pixels a side`);
  });
});
