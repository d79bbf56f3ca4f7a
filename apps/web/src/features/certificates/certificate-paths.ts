import { PATHS } from '../../lib/paths';

/** `/verifikasi/<code>`: the public page the certificate's QR code opens. */
export function verificationPath(code: string): string {
  return PATHS.verifyCertificate.replace(':code', encodeURIComponent(code));
}
