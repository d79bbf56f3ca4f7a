import { videoMediaTypeOf } from './video-media-type';

describe('videoMediaTypeOf', () => {
  it.each([
    ['mov,mp4,m4a,3gp,3g2,mj2', 'kuliah.mp4', 'video/mp4'],
    ['mov,mp4,m4a,3gp,3g2,mj2', 'Rekaman.MOV', 'video/quicktime'],
    ['matroska,webm', 'rapat.webm', 'video/webm'],
    ['matroska,webm', 'rapat.mkv', 'video/x-matroska'],
    ['avi', 'lama.avi', 'video/x-msvideo'],
    ['mpegts', 'siaran.ts', 'video/mp2t'],
    ['something-else', 'x.bin', 'application/octet-stream'],
  ])('%s named %s is %s', (formatName, fileName, expected) => {
    expect(videoMediaTypeOf(formatName, fileName)).toBe(expected);
  });
});
