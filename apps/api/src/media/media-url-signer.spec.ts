import { createHmac } from 'node:crypto';
import type { AppConfig } from '@lentera/config';
import { FILE_URL_WINDOW_SECONDS } from '../course-files/file-url-signer';
import { MediaUrlSigner } from './media-url-signer';

const assetId = '0123456789abcdef01234567';
const secret = 'a-test-secret-that-is-long-enough';

function signerWith(value: string): MediaUrlSigner {
  return new MediaUrlSigner({ auth: { secret: value } } as AppConfig);
}

function partsOf(prefix: string): { id: string; exp: string; sig: string } {
  const [, media, id, exp, sig] = prefix.split('/');
  expect(media).toBe('media');
  return { id, exp, sig };
}

describe('MediaUrlSigner', () => {
  const signer = signerWith(secret);
  // 2025-03-04 07:30 UTC: inside the 06:00-12:00 window.
  const now = Date.UTC(2025, 2, 4, 7, 30);

  beforeEach(() => jest.useFakeTimers({ now }));
  afterEach(() => jest.useRealTimers());

  it('signs a prefix that expires at the end of the next 6-hour window, the same all window long', () => {
    const { id, exp, sig } = partsOf(signer.prefix(assetId));
    expect(id).toBe(assetId);
    expect(Number(exp)).toBe(Date.UTC(2025, 2, 4, 18) / 1000);
    expect(sig).toMatch(/^[A-Za-z0-9_-]{43}$/);
    jest.setSystemTime(now + 4 * 3600 * 1000);
    expect(signer.prefix(assetId)).toBe(`/media/${id}/${exp}/${sig}`);
    expect(FILE_URL_WINDOW_SECONDS).toBe(6 * 3600);
  });

  it('builds the playlist, poster and caption URLs under the one prefix', () => {
    const prefix = signer.prefix(assetId);
    expect(signer.playlistUrl(assetId)).toBe(`${prefix}/master.m3u8`);
    expect(signer.posterUrl(assetId)).toBe(`${prefix}/poster.jpg`);
    expect(signer.captionUrl(assetId, 'en-US')).toBe(`${prefix}/captions/en-US.vtt`);
  });

  it('verifies its own signature, and nothing changed', () => {
    const { exp, sig } = partsOf(signer.prefix(assetId));
    expect(signer.verify(assetId, exp, sig)).toBe(true);
    expect(signer.verify('0123456789abcdef01234568', exp, sig)).toBe(false);
    expect(signer.verify(assetId, String(Number(exp) + 1), sig)).toBe(false);
    expect(signer.verify(assetId, exp, `${sig.slice(0, -1)}A`)).toBe(false);
    expect(signer.verify(assetId, `${exp}.0`, sig)).toBe(false);
    expect(signerWith('another-secret-that-is-long-enough').verify(assetId, exp, sig)).toBe(false);
  });

  it('refuses an expired prefix', () => {
    const { exp, sig } = partsOf(signer.prefix(assetId));
    jest.setSystemTime(Number(exp) * 1000);
    expect(signer.verify(assetId, exp, sig)).toBe(false);
  });

  it('signs with a key of its own: a file-link signature of the same message never passes', () => {
    const { exp } = partsOf(signer.prefix(assetId));
    const fileKey = createHmac('sha256', secret).update('lentera:file-url').digest();
    const forged = createHmac('sha256', fileKey).update(`${assetId}\n${exp}`).digest('base64url');
    expect(signer.verify(assetId, exp, forged)).toBe(false);
  });

  it('tells how long a prefix still lives, for Cache-Control', () => {
    const { exp } = partsOf(signer.prefix(assetId));
    expect(signer.secondsLeft(exp)).toBe(10.5 * 3600);
  });
});
