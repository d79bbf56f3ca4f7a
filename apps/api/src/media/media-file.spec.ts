import { mediaFileOf } from './media-file';

describe('mediaFileOf: the names a signed media prefix serves', () => {
  it.each([
    ['master.m3u8', { kind: 'output', relativePath: 'master.m3u8', fileName: 'master.m3u8' }],
    ['poster.jpg', { kind: 'output', relativePath: 'poster.jpg', fileName: 'poster.jpg' }],
    ['720p/index.m3u8', { kind: 'rendition', rendition: '720p', relativePath: '720p/index.m3u8', fileName: 'index.m3u8' }],
    ['240p/seg_00012.ts', { kind: 'rendition', rendition: '240p', relativePath: '240p/seg_00012.ts', fileName: 'seg_00012.ts' }],
    ['captions/id.vtt', { kind: 'caption', language: 'id', fileName: 'id.vtt' }],
    ['captions/en-US.vtt', { kind: 'caption', language: 'en-US', fileName: 'en-US.vtt' }],
  ])('serves %s', (path, expected) => {
    expect(mediaFileOf(path)).toEqual(expected);
  });

  it.each([
    '../source',
    '..%2fsource',
    '%2e%2e/source',
    '720p/../../source',
    '720p%2f..%2f..%2fsource',
    '720p\\seg_00001.ts',
    'captions/../source.vtt',
    'captions/ID.vtt',
    'source',
    'master.m3u8/',
    '/master.m3u8',
    '720p/seg_1.mp4',
    '.work-abc/master.m3u8',
    '',
  ])('refuses %s', (path) => {
    expect(mediaFileOf(path)).toBeNull();
  });
});
