import { createHmac, timingSafeEqual } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@lentera/config';
import { expiryFor } from '../course-files/file-url-signer';

/**
 * Signed, expiring prefixes for a video's HLS files: `/media/<assetId>/<exp>/<sig>`. The
 * signature covers the asset and the expiry only, not the file, so the relative URLs inside
 * `master.m3u8` (`360p/index.m3u8`, `seg_00001.ts`) resolve under the same prefix and one
 * signature serves the whole ladder, the poster and the captions. hls.js and `<track>` cannot
 * send a Bearer token; whoever hands the URL out (GraphQL) has already decided the caller may watch.
 * Expiry windows are FileUrlSigner's: 6 to 12 hours, the same URL for every call in a window.
 */
@Injectable()
export class MediaUrlSigner {
  /** Derived, so a media signature can never double as a file link or another token from the same secret. */
  private readonly key: Buffer;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.key = createHmac('sha256', config.auth.secret).update('lentera:media-url').digest();
  }

  /** `/media/<id>/<exp>/<sig>`, no trailing slash. */
  prefix(assetId: string): string {
    const exp = expiryFor(Date.now());
    return `/media/${encodeURIComponent(assetId)}/${exp}/${this.sign(assetId, exp)}`;
  }

  playlistUrl(assetId: string): string {
    return `${this.prefix(assetId)}/master.m3u8`;
  }

  posterUrl(assetId: string): string {
    return `${this.prefix(assetId)}/poster.jpg`;
  }

  captionUrl(assetId: string, language: string): string {
    return `${this.prefix(assetId)}/captions/${encodeURIComponent(language)}.vtt`;
  }

  /** Whether `sig` is this server's signature of the asset and expiry, and the expiry has not passed. */
  verify(assetId: string, exp: string, sig: string): boolean {
    if (typeof exp !== 'string' || typeof sig !== 'string' || !/^\d{1,12}$/.test(exp)) return false;
    const expiry = Number(exp);
    if (expiry * 1000 <= Date.now()) return false;
    const expected = Buffer.from(this.sign(assetId, expiry));
    const given = Buffer.from(sig);
    return given.length === expected.length && timingSafeEqual(given, expected);
  }

  /** Seconds until `exp` (for Cache-Control), never negative. */
  secondsLeft(exp: string): number {
    return Math.max(0, Number(exp) - Math.floor(Date.now() / 1000));
  }

  private sign(assetId: string, exp: number): string {
    return createHmac('sha256', this.key).update(`${assetId}\n${exp}`).digest('base64url');
  }
}
