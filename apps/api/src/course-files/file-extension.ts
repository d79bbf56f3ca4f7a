import { extname } from 'node:path';
import type { AcceptedFormat } from './file-signature';

const extensions: Record<AcceptedFormat, readonly string[]> = {
  png: ['.png'],
  jpeg: ['.jpg', '.jpeg', '.jfif'],
  webp: ['.webp'],
  pdf: ['.pdf'],
  docx: ['.docx'],
  xlsx: ['.xlsx'],
  pptx: ['.pptx'],
  odt: ['.odt'],
  ods: ['.ods'],
  odp: ['.odp'],
  doc: ['.doc'],
  xls: ['.xls'],
  ppt: ['.ppt'],
};

const knownExtensions = new Set(Object.values(extensions).flat());

/**
 * The name a download gets: the uploader's, with the extension of what the file really is, so
 * a Word file named "laporan.pdf" is saved as "laporan.docx" and opens in the right program.
 */
export function nameWithExtensionOf(format: AcceptedFormat, fileName: string, fallbackBase: string): string {
  // extname('.pdf') is '': a name that is only an extension has no base either.
  const extension = knownExtensions.has(fileName.toLowerCase()) ? fileName : extname(fileName);
  const base = knownExtensions.has(extension.toLowerCase()) ? fileName.slice(0, -extension.length) : fileName;
  if (base && extensions[format].includes(extension.toLowerCase())) return fileName;
  return `${base || fallbackBase}${extensions[format][0]}`;
}
