import { LADDER, ladderFor, type Rendition } from './ladder';

const names = (renditions: Rendition[]) => renditions.map((rendition) => rendition.name);
const sizes = (renditions: Rendition[]) => renditions.map((rendition) => `${rendition.width}x${rendition.height}`);

describe('ladderFor', () => {
  it('gives a 1080p source the whole ladder at the nominal sizes', () => {
    const ladder = ladderFor({ width: 1920, height: 1080 });
    expect(sizes(ladder)).toEqual(['426x240', '640x360', '854x480', '1280x720', '1920x1080']);
    expect(ladder).toEqual([...LADDER]);
  });

  it('never goes above the source', () => {
    expect(names(ladderFor({ width: 1280, height: 720 }))).toEqual(['240p', '360p', '480p', '720p']);
    expect(names(ladderFor({ width: 640, height: 360 }))).toEqual(['240p', '360p']);
    expect(names(ladderFor({ width: 1000, height: 700 }))).toEqual(['240p', '360p', '480p']);
    expect(names(ladderFor({ width: 3840, height: 2160 }))).toEqual(['240p', '360p', '480p', '720p', '1080p']);
    for (const source of [{ width: 1000, height: 700 }, { width: 720, height: 1280 }, { width: 853, height: 481 }]) {
      for (const rendition of ladderFor(source)) {
        expect(rendition.width).toBeLessThanOrEqual(source.width);
        expect(rendition.height).toBeLessThanOrEqual(source.height);
      }
    }
  });

  it('keeps a portrait source portrait, judged by its shorter side', () => {
    const ladder = ladderFor({ width: 1080, height: 1920 });
    expect(names(ladder)).toEqual(['240p', '360p', '480p', '720p', '1080p']);
    expect(sizes(ladder)).toEqual(['240x426', '360x640', '480x854', '720x1280', '1080x1920']);
  });

  it("keeps other aspect ratios (4:3, 21:9) in even sizes", () => {
    expect(sizes(ladderFor({ width: 1440, height: 1080 }))).toEqual(['320x240', '480x360', '640x480', '960x720', '1440x1080']);
    expect(sizes(ladderFor({ width: 1920, height: 800 }))).toEqual(['576x240', '864x360', '1152x480', '1728x720']);
    for (const rendition of ladderFor({ width: 1001, height: 753 })) {
      expect(rendition.width % 2).toBe(0);
      expect(rendition.height % 2).toBe(0);
    }
  });

  it('gives a source smaller than 240p one rendition at its own (even) size', () => {
    expect(ladderFor({ width: 320, height: 180 })).toEqual([{ ...LADDER[0], name: '180p', width: 320, height: 180 }]);
    expect(sizes(ladderFor({ width: 175, height: 99 }))).toEqual(['174x98']);
    expect(sizes(ladderFor({ width: 99, height: 175 }))).toEqual(['98x174']);
    expect(ladderFor({ width: 1, height: 1 })).toHaveLength(1);
  });

  it('keeps the bitrates of the rung', () => {
    const [lowest] = ladderFor({ width: 1080, height: 1920 });
    expect(lowest).toMatchObject({ videoBitrateKbps: 400, audioBitrateKbps: 64, maxrateKbps: 428, bufsizeKbps: 600 });
  });
});
