import { Readable } from 'node:stream';
import type { Request } from 'express';
import { DomainError } from '@lentera/errors';
import { PayloadTooLargeError } from '../http/http-error-response';
import { readUploadedFile, uploadFileName } from './uploaded-file';

/** A request body arriving in chunks, without Content-Length (chunked transfer). */
function chunkedRequest(chunks: string[], contentType = 'text/csv'): Request {
  const stream = Readable.from(chunks.map((chunk) => Buffer.from(chunk)));
  return Object.assign(stream, {
    headers: { 'content-type': contentType },
    is: (types: string[]) => (types.includes(contentType) ? contentType : false),
  }) as unknown as Request;
}

describe('readUploadedFile', () => {
  it('reads the whole body', async () => {
    expect((await readUploadedFile(chunkedRequest(['NIP;Nama\r\n', '1;A\r\n']), 100)).toString()).toBe('NIP;Nama\r\n1;A\r\n');
  });

  it('stops at the limit while the body streams in, with a 413 error', async () => {
    const reading = readUploadedFile(chunkedRequest(['12345', '67890', 'abcde']), 8);
    await expect(reading).rejects.toBeInstanceOf(PayloadTooLargeError);
  });

  it('refuses a body that is not a file', async () => {
    expect(() => readUploadedFile(chunkedRequest(['{}'], 'application/json'))).toThrow(DomainError);
  });
});

describe('uploadFileName', () => {
  it('decodes the percent-encoded name the web app sends', () => {
    expect(uploadFileName(encodeURIComponent('Daftar ASN – Kalbar.csv'))).toBe('Daftar ASN – Kalbar.csv');
  });

  it('keeps a name that is not percent-encoded', () => {
    expect(uploadFileName('pegawai 100%.csv')).toBe('pegawai 100%.csv');
  });

  it('drops folders and control characters and falls back to a default name', () => {
    expect(uploadFileName('C:\\Users\\admin\\pegawai.csv')).toBe('pegawai.csv');
    expect(uploadFileName('../../etc/passwd')).toBe('passwd');
    expect(uploadFileName('a%0Ab.csv')).toBe('ab.csv');
    expect(uploadFileName(undefined)).toBe('impor-asn.csv');
    expect(uploadFileName('  ')).toBe('impor-asn.csv');
  });
});
