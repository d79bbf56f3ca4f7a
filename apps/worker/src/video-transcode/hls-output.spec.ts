import { inspectHlsOutput, masterPlaylistVariants, parseMediaPlaylist, type OutputReader } from './hls-output';

const MASTER = [
  '#EXTM3U',
  '#EXT-X-VERSION:3',
  '#EXT-X-STREAM-INF:BANDWIDTH=540800,RESOLUTION=426x240,CODECS="avc1.4d401e,mp4a.40.2"',
  '240p/index.m3u8',
  '',
  '#EXT-X-STREAM-INF:BANDWIDTH=985600,RESOLUTION=640x360,CODECS="avc1.4d401e,mp4a.40.2"',
  '360p/index.m3u8',
].join('\n');

const playlist = (segments: number, ended = true) =>
  [
    '#EXTM3U',
    '#EXT-X-VERSION:6',
    '#EXT-X-TARGETDURATION:2',
    '#EXT-X-PLAYLIST-TYPE:VOD',
    ...Array.from({ length: segments }, (_, index) => [`#EXTINF:2.000000,`, `seg_${String(index).padStart(5, '0')}.ts`]).flat(),
    ...(ended ? ['#EXT-X-ENDLIST'] : []),
  ].join('\n');

function reader(files: Record<string, string>): OutputReader {
  return {
    readText: async (path) => files[path] ?? null,
    isFile: async (path) => path in files,
  };
}

function ladder(overrides: Record<string, string | undefined> = {}): Record<string, string> {
  const files: Record<string, string | undefined> = {
    'master.m3u8': MASTER,
    'poster.jpg': 'jpeg',
    '240p/index.m3u8': playlist(3),
    '240p/seg_00000.ts': '',
    '240p/seg_00001.ts': '',
    '240p/seg_00002.ts': '',
    '360p/index.m3u8': playlist(3),
    '360p/seg_00000.ts': '',
    '360p/seg_00001.ts': '',
    '360p/seg_00002.ts': '',
    ...overrides,
  };
  return Object.fromEntries(Object.entries(files).filter((entry): entry is [string, string] => entry[1] !== undefined));
}

const expected = { masterFileName: 'master.m3u8', posterFileName: 'poster.jpg', renditionNames: ['240p', '360p'] };

describe('HLS playlists as ffmpeg writes them', () => {
  it('finds the variants of a master playlist', () => {
    expect(masterPlaylistVariants(MASTER)).toEqual(['240p/index.m3u8', '360p/index.m3u8']);
  });

  it('reads segments, their total length and the end marker of a media playlist', () => {
    expect(parseMediaPlaylist(playlist(3))).toEqual({ segments: ['seg_00000.ts', 'seg_00001.ts', 'seg_00002.ts'], durationSeconds: 6, ended: true });
    expect(parseMediaPlaylist(playlist(1, false)).ended).toBe(false);
  });
});

describe('inspectHlsOutput', () => {
  it('takes a whole ladder, with the shortest rendition as its length', async () => {
    await expect(inspectHlsOutput(reader(ladder({ '360p/index.m3u8': playlist(2) })), expected)).resolves.toEqual({ complete: true, durationSeconds: 4 });
  });

  it.each([
    ['no master playlist', { 'master.m3u8': undefined }, /no master\.m3u8/],
    ['a rendition missing from the master', { 'master.m3u8': MASTER.split('\n').slice(0, 4).join('\n') }, /does not list 360p\/index\.m3u8/],
    ['an unfinished rendition', { '240p/index.m3u8': playlist(3, false) }, /240p\/index\.m3u8 has no #EXT-X-ENDLIST/],
    ['a missing segment', { '360p/seg_00001.ts': undefined }, /360p\/seg_00001\.ts is missing/],
    ['a segment outside its folder', { '240p/index.m3u8': '#EXTINF:2,\n../../source\n#EXT-X-ENDLIST' }, /lists \.\.\/\.\.\/source/],
    ['no poster', { 'poster.jpg': undefined }, /no poster\.jpg/],
  ])('refuses %s', async (_case, overrides, problem) => {
    const inspection = await inspectHlsOutput(reader(ladder(overrides)), expected);
    expect(inspection.complete).toBe(false);
    expect(inspection.complete ? '' : inspection.problem).toMatch(problem);
  });
});
