import { posix } from 'node:path';

/** What a media playlist says: its segments in order, their total length, and whether it is closed. */
export interface MediaPlaylist {
  segments: string[];
  durationSeconds: number;
  /** `#EXT-X-ENDLIST`: ffmpeg writes it only once the rendition is finished. */
  ended: boolean;
}

/** The variant playlists a master playlist points to (the URI line after each `#EXT-X-STREAM-INF`). */
export function masterPlaylistVariants(text: string): string[] {
  const lines = playlistLines(text);
  const variants: string[] = [];
  lines.forEach((line, index) => {
    const next = lines[index + 1];
    if (line.startsWith('#EXT-X-STREAM-INF:') && next !== undefined && !next.startsWith('#')) variants.push(next);
  });
  return variants;
}

export function parseMediaPlaylist(text: string): MediaPlaylist {
  const lines = playlistLines(text);
  const segments: string[] = [];
  let durationSeconds = 0;
  for (const line of lines) {
    if (line.startsWith('#EXTINF:')) durationSeconds += Number.parseFloat(line.slice('#EXTINF:'.length)) || 0;
    else if (!line.startsWith('#')) segments.push(line);
  }
  return { segments, durationSeconds, ended: lines.includes('#EXT-X-ENDLIST') };
}

/** Reads the run's folder; paths are relative to it. */
export interface OutputReader {
  /** The file's text, or null when it is not there. */
  readText(path: string): Promise<string | null>;
  isFile(path: string): Promise<boolean>;
}

export type OutputInspection = { complete: true; durationSeconds: number } | { complete: false; problem: string };

/**
 * Whether a run's folder holds a whole ladder: the master lists every rendition, every
 * rendition playlist is closed and each of its segments exists, and the poster is there.
 * `durationSeconds` is the shortest rendition's length (what a learner can play at worst).
 */
export async function inspectHlsOutput(
  reader: OutputReader,
  expected: { masterFileName: string; posterFileName: string; renditionNames: readonly string[] },
): Promise<OutputInspection> {
  const master = await reader.readText(expected.masterFileName);
  if (master === null) return { complete: false, problem: `no ${expected.masterFileName}` };
  const variants = masterPlaylistVariants(master);
  let durationSeconds = Number.POSITIVE_INFINITY;
  for (const name of expected.renditionNames) {
    const playlistPath = `${name}/index.m3u8`;
    if (!variants.includes(playlistPath)) return { complete: false, problem: `the master playlist does not list ${playlistPath}` };
    const text = await reader.readText(playlistPath);
    if (text === null) return { complete: false, problem: `no ${playlistPath}` };
    const playlist = parseMediaPlaylist(text);
    if (!playlist.ended) return { complete: false, problem: `${playlistPath} has no #EXT-X-ENDLIST` };
    if (playlist.segments.length === 0) return { complete: false, problem: `${playlistPath} lists no segment` };
    for (const segment of playlist.segments) {
      // ffmpeg writes plain names next to the playlist; anything else is not ours to follow.
      if (segment !== posix.basename(segment) || segment.startsWith('.')) return { complete: false, problem: `${playlistPath} lists ${segment}` };
      if (!(await reader.isFile(`${name}/${segment}`))) return { complete: false, problem: `${name}/${segment} is missing` };
    }
    durationSeconds = Math.min(durationSeconds, playlist.durationSeconds);
  }
  if (!(await reader.isFile(expected.posterFileName))) return { complete: false, problem: `no ${expected.posterFileName}` };
  if (!Number.isFinite(durationSeconds)) return { complete: false, problem: 'no rendition expected' };
  return { complete: true, durationSeconds };
}

function playlistLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}
