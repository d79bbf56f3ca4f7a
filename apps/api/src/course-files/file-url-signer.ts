import { createHmac, timingSafeEqual } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@lentera/config';

/** URLs live in 6-hour windows, so one file keeps one URL (and one browser cache entry) for hours. */
export const FILE_URL_WINDOW_SECONDS = 6 * 60 * 60;

/** A file made from the uploaded one: `preview` is the PDF an office document is shown through. */
export type FileVariant = 'preview';

export interface FileUrlOptions {
  /** `Content-Disposition: attachment` instead of inline; part of what is signed. */
  download?: boolean;
  /** The uploaded file itself when absent; part of what is signed. */
  variant?: FileVariant;
}

/**
 * Signed, expiring links to course files (`GET /files/:assetId`). Whoever hands out a URL
 * through GraphQL has already decided the caller may see the file; the signature carries that
 * decision to a plain `<img>` or `<iframe>` request, which cannot send a Bearer token.
 */
@Injectable()
export class FileUrlSigner {
  /** Derived, so a file signature can never double as another token made from the same secret. */
  private readonly key: Buffer;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.key = createHmac('sha256', config.auth.secret).update('lentera:file-url').digest();
  }

  /**
   * `/files/<id>?exp=<unix seconds>&sig=<base64url>[&download=1][&variant=preview]`. It expires at
   * the end of the next 6-hour window: between 6 and 12 hours from now, the same for every call in a window.
   */
  url(assetId: string, options: FileUrlOptions = {}): string {
    return `/files/${encodeURIComponent(assetId)}?${this.signedQuery(assetId, options)}`;
  }

  /**
   * The `exp=..&sig=..` query alone, for files that are not course assets (a certificate's PDF
   * under `/files/certificates/`). Such a subject names its kind (`certificate:<id>`), so its
   * signature can never open a course file, whose subject is a bare asset id.
   */
  signedQuery(subject: string, options: FileUrlOptions = {}): string {
    const exp = expiryFor(Date.now());
    const sig = this.sign(subject, exp, options);
    return `exp=${exp}&sig=${sig}${options.download === true ? '&download=1' : ''}${options.variant ? `&variant=${options.variant}` : ''}`;
  }

  /** Whether `sig` is this server's signature of the id (or subject), expiry, disposition and variant, and not expired. */
  verify(assetId: string, exp: string | number | undefined, sig: string | undefined, options: FileUrlOptions = {}): boolean {
    const expiry = typeof exp === 'number' ? exp : /^\d{1,12}$/.test(exp ?? '') ? Number(exp) : NaN;
    if (!Number.isSafeInteger(expiry) || typeof sig !== 'string') return false;
    if (expiry * 1000 <= Date.now()) return false;
    const expected = Buffer.from(this.sign(assetId, expiry, options));
    const given = Buffer.from(sig);
    return given.length === expected.length && timingSafeEqual(given, expected);
  }

  private sign(assetId: string, exp: number, options: FileUrlOptions): string {
    const disposition = options.download === true ? 'attachment' : 'inline';
    // The original's message stays three lines, so URLs signed before variants existed still verify.
    const message = [assetId, exp, disposition, ...(options.variant ? [options.variant] : [])].join('\n');
    return createHmac('sha256', this.key).update(message).digest('base64url');
  }
}

/** Unix seconds at the end of the window after the current one. */
export function expiryFor(nowMs: number): number {
  const windowIndex = Math.floor(nowMs / 1000 / FILE_URL_WINDOW_SECONDS);
  return (windowIndex + 2) * FILE_URL_WINDOW_SECONDS;
}
