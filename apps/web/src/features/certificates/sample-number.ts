/**
 * The number format with sample values, for the live preview while the admin types (the server's
 * `sampleNumber` is the saved format's, with the agency's real code). Mirrors
 * renderCertificateNumber in libs/certificates, which the web app cannot import (it brings
 * pdfkit and node:crypto). Unknown parts stay as typed: saving is where the server says what is
 * wrong with them.
 */
export function previewNumber(format: string, sample: { agencyCode: string; date: Date; sequence: number }): string {
  return format.replace(/\{(agencyCode|year|month|sequence)(?::(\d+))?\}/g, (_whole, part: string, width?: string) => {
    switch (part) {
      case 'agencyCode':
        return sample.agencyCode;
      case 'year':
        return String(sample.date.getFullYear());
      case 'month':
        return String(sample.date.getMonth() + 1).padStart(2, '0');
      default:
        return String(sample.sequence).padStart(width ? Number(width) : 1, '0');
    }
  });
}
