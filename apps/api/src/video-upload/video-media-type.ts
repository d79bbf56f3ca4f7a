import { extname } from 'node:path';

/**
 * The stored media type of an accepted source, from ffprobe's container name (`format_name`,
 * e.g. "mov,mp4,m4a,3gp,3g2,mj2") and, where one container goes by two names, the file's extension.
 */
export function videoMediaTypeOf(formatName: string, fileName: string): string {
  const formats = formatName.split(',');
  const extension = extname(fileName).toLowerCase();
  if (formats.includes('mp4') || formats.includes('mov')) return extension === '.mov' ? 'video/quicktime' : 'video/mp4';
  if (formats.includes('webm') || formats.includes('matroska')) return extension === '.webm' ? 'video/webm' : 'video/x-matroska';
  if (formats.includes('avi')) return 'video/x-msvideo';
  if (formats.includes('mpegts')) return 'video/mp2t';
  if (formats.includes('mpeg')) return 'video/mpeg';
  if (formats.includes('flv')) return 'video/x-flv';
  if (formats.includes('ogg')) return 'video/ogg';
  return 'application/octet-stream';
}
