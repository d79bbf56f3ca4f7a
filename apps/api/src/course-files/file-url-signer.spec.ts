import { createHmac } from 'node:crypto';
import type { AppConfig } from '@lentera/config';
import { expiryFor, FILE_URL_WINDOW_SECONDS, FileUrlSigner } from './file-url-signer';

const assetId = '0123456789abcdef01234567';

function signerWith(secret: string): FileUrlSigner {
  return new FileUrlSigner({ auth: { secret } } as AppConfig);
}

function parse(url: string): { id: string; exp: string; sig: string; download: boolean; variant: string | null } {
  const parsed = new URL(url, 'http://localhost');
  return {
    id: decodeURIComponent(parsed.pathname.replace(/^\/files\//, '')),
    exp: parsed.searchParams.get('exp') ?? '',
    sig: parsed.searchParams.get('sig') ?? '',
    download: parsed.searchParams.get('download') === '1',
    variant: parsed.searchParams.get('variant'),
  };
}

const inline = {};
const attachment = { download: true };

describe('FileUrlSigner', () => {
  const signer = signerWith('a-test-secret-that-is-long-enough');
  // 2025-03-04 07:30 UTC: inside the 06:00-12:00 window.
  const now = Date.UTC(2025, 2, 4, 7, 30);

  beforeEach(() => jest.useFakeTimers({ now }));
  afterEach(() => jest.useRealTimers());

  it("signs another kind of file's subject (signedQuery) so that it never opens a course file of the same id", () => {
    const query = new URLSearchParams(signer.signedQuery(`certificate:${assetId}`, attachment));
    const exp = query.get('exp') ?? '';
    const sig = query.get('sig') ?? '';
    expect(query.get('download')).toBe('1');
    expect(signer.verify(`certificate:${assetId}`, exp, sig, attachment)).toBe(true);
    expect(signer.verify(assetId, exp, sig, attachment)).toBe(false);
    expect(signer.url(assetId, attachment)).toBe(`/files/${assetId}?${signer.signedQuery(assetId, attachment)}`);
  });

  it('makes /files/<id>?exp=..&sig=.. URLs that verify', () => {
    const url = signer.url(assetId);
    expect(url).toMatch(/^\/files\/0123456789abcdef01234567\?exp=\d+&sig=[A-Za-z0-9_-]{43}$/);
    const { id, exp, sig, download } = parse(url);
    expect(download).toBe(false);
    expect(signer.verify(id, exp, sig, inline)).toBe(true);
    expect(signer.verify(id, Number(exp), sig, inline)).toBe(true);
  });

  it('adds download=1 and signs the disposition', () => {
    const url = signer.url(assetId, { download: true });
    expect(url).toMatch(/&download=1$/);
    const { exp, sig } = parse(url);
    expect(signer.verify(assetId, exp, sig, attachment)).toBe(true);
    // The same signature does not turn an attachment into an inline view, nor the reverse.
    expect(signer.verify(assetId, exp, sig, inline)).toBe(false);
    const inlineUrl = parse(signer.url(assetId));
    expect(signer.verify(assetId, inlineUrl.exp, inlineUrl.sig, attachment)).toBe(false);
  });

  it('signs the preview variant, so an original URL cannot be turned into a preview one or back', () => {
    const url = signer.url(assetId, { variant: 'preview' });
    expect(url).toMatch(/^\/files\/0123456789abcdef01234567\?exp=\d+&sig=[A-Za-z0-9_-]{43}&variant=preview$/);
    const preview = parse(url);
    expect(preview.variant).toBe('preview');
    expect(signer.verify(assetId, preview.exp, preview.sig, { variant: 'preview' })).toBe(true);
    expect(signer.verify(assetId, preview.exp, preview.sig, inline)).toBe(false);
    expect(signer.verify(assetId, preview.exp, preview.sig, { variant: 'preview', download: true })).toBe(false);
    const original = parse(signer.url(assetId));
    expect(signer.verify(assetId, original.exp, original.sig, { variant: 'preview' })).toBe(false);
    expect(signer.url(assetId, { variant: 'preview', download: true })).toMatch(/&download=1&variant=preview$/);
  });

  it('keeps URLs signed before variants existed valid', () => {
    // HMAC of "<id>\n<exp>\ninline" with the derived key, as the first version of the signer made it.
    const { exp, sig } = parse(signer.url(assetId));
    const key = createHmac('sha256', 'a-test-secret-that-is-long-enough').update('lentera:file-url').digest();
    expect(sig).toBe(createHmac('sha256', key).update(`${assetId}\n${exp}\ninline`).digest('base64url'));
  });

  it('expires at the end of the next 6-hour window, so URLs stay the same within a window', () => {
    const url = signer.url(assetId);
    const { exp } = parse(url);
    expect(Number(exp)).toBe(Date.UTC(2025, 2, 4, 18, 0) / 1000);
    jest.setSystemTime(Date.UTC(2025, 2, 4, 11, 59));
    expect(signer.url(assetId)).toBe(url);
    expect(expiryFor(Date.UTC(2025, 2, 4, 12, 0)) - Number(exp)).toBe(FILE_URL_WINDOW_SECONDS);
  });

  it('refuses an expired URL', () => {
    const { exp, sig } = parse(signer.url(assetId));
    jest.setSystemTime(Number(exp) * 1000 - 1);
    expect(signer.verify(assetId, exp, sig, inline)).toBe(true);
    jest.setSystemTime(Number(exp) * 1000);
    expect(signer.verify(assetId, exp, sig, inline)).toBe(false);
  });

  it('refuses a tampered id, expiry or signature, and missing parts', () => {
    const { exp, sig } = parse(signer.url(assetId));
    expect(signer.verify('0123456789abcdef01234568', exp, sig, inline)).toBe(false);
    expect(signer.verify(assetId, String(Number(exp) + FILE_URL_WINDOW_SECONDS), sig, inline)).toBe(false);
    expect(signer.verify(assetId, `${exp}0`, sig, inline)).toBe(false);
    expect(signer.verify(assetId, ` ${exp}`, sig, inline)).toBe(false);
    expect(signer.verify(assetId, exp, `${sig.slice(0, -1)}${sig.endsWith('A') ? 'B' : 'A'}`, inline)).toBe(false);
    expect(signer.verify(assetId, exp, sig.slice(0, -1), inline)).toBe(false);
    expect(signer.verify(assetId, undefined, sig, inline)).toBe(false);
    expect(signer.verify(assetId, exp, undefined, inline)).toBe(false);
    expect(signer.verify(assetId, 'soon', sig, inline)).toBe(false);
  });

  it('refuses a URL signed with another secret', () => {
    const { exp, sig } = parse(signerWith('another-secret-for-another-server').url(assetId));
    expect(signer.verify(assetId, exp, sig, inline)).toBe(false);
  });
});
