export interface Rendition {
  /** Also the folder of its playlist and segments: `240p` … `1080p`. */
  name: string;
  width: number;
  height: number;
  videoBitrateKbps: number;
  audioBitrateKbps: number;
  /** VBV: the peak rate and buffer a player has to cope with. */
  maxrateKbps: number;
  bufsizeKbps: number;
}

/** A rung: nominal 16:9 size, named by its shorter side. */
function rung(shorterSide: number, width: number, videoBitrateKbps: number, audioBitrateKbps: number): Rendition {
  return {
    name: `${shorterSide}p`,
    width,
    height: shorterSide,
    videoBitrateKbps,
    audioBitrateKbps,
    // 107 % peak and 1.5 s of buffer: constrained VBR as in Apple's HLS authoring guide.
    maxrateKbps: Math.round(videoBitrateKbps * 1.07),
    bufsizeKbps: Math.round(videoBitrateKbps * 1.5),
  };
}

/**
 * The renditions, lowest first. Bitrates for H.264 main at `veryfast`, sized for lectures and
 * screen recordings watched on mobile data: 240p still reads on a 3G link.
 */
export const LADDER: readonly Rendition[] = Object.freeze([
  rung(240, 426, 400, 64),
  rung(360, 640, 800, 96),
  rung(480, 854, 1400, 128),
  rung(720, 1280, 2800, 128),
  rung(1080, 1920, 5000, 160),
]);

/**
 * The rungs a source gets: none above the source (compared by the shorter side, so a portrait
 * 1080×1920 phone video gets 1080p), each keeping the source's aspect ratio in even sizes
 * (yuv420p needs them). A source smaller than 240p gets one rendition at its own size.
 */
export function ladderFor(source: { width: number; height: number }): Rendition[] {
  const shorter = Math.min(source.width, source.height);
  const longer = Math.max(source.width, source.height);
  const portrait = source.height > source.width;
  const fitting = LADDER.filter((candidate) => candidate.height <= shorter);
  if (fitting.length === 0) {
    const short = Math.max(2, evenAtMost(shorter));
    return [sized({ ...LADDER[0], name: `${short}p` }, short, Math.max(2, evenAtMost(longer)), portrait)];
  }
  return fitting.map((candidate) => {
    const long = Math.min(evenAtMost(longer), evenNearest((candidate.height * longer) / shorter));
    return sized(candidate, candidate.height, long, portrait);
  });
}

function sized(rendition: Rendition, shorter: number, longer: number, portrait: boolean): Rendition {
  return { ...rendition, width: portrait ? shorter : longer, height: portrait ? longer : shorter };
}

function evenNearest(value: number): number {
  return Math.round(value / 2) * 2;
}

function evenAtMost(value: number): number {
  return Math.floor(value / 2) * 2;
}
