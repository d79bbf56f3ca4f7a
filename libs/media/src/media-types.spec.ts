import { bandwidthOf, hlsMediaTypeOf } from './media-types';

describe('hlsMediaTypeOf', () => {
  it.each([
    ['master.m3u8', 'application/vnd.apple.mpegurl'],
    ['seg_00001.ts', 'video/mp2t'],
    ['seg_00001.m4s', 'video/iso.segment'],
    ['init.mp4', 'video/mp4'],
    ['poster.jpg', 'image/jpeg'],
    ['id.vtt', 'text/vtt; charset=utf-8'],
    ['INDEX.M3U8', 'application/vnd.apple.mpegurl'],
  ])('%s is %s', (fileName, mediaType) => {
    expect(hlsMediaTypeOf(fileName)).toBe(mediaType);
  });

  it.each([['source'], ['index.html'], ['.work-1'], ['x.m3u8.bak']])('serves nothing for %s', (fileName) => {
    expect(hlsMediaTypeOf(fileName)).toBeNull();
  });
});

describe('bandwidthOf', () => {
  it('counts video and audio in bits per second', () => {
    expect(bandwidthOf({ videoBitrateKbps: 800, audioBitrateKbps: 96 })).toBe(896_000);
  });
});
