import { checkWebVtt, MAX_CAPTION_BYTES } from './webvtt';

const CUE = '00:00:01.000 --> 00:00:04.000\nSelamat datang di pelatihan ini.\n';

function reasonOf(bytes: Buffer): string {
  const result = checkWebVtt(bytes);
  if (result.ok) throw new Error('expected a rejection');
  expect(result.reason.en.length).toBeGreaterThan(10);
  return result.reason.id;
}

describe('checkWebVtt', () => {
  it('accepts a WebVTT file with a cue and returns its text', () => {
    expect(checkWebVtt(Buffer.from(`WEBVTT\n\n${CUE}`))).toEqual({ ok: true, text: `WEBVTT\n\n${CUE}` });
  });

  it('accepts a header text, CRLF lines, hours in timings, cue settings and a BOM (dropped)', () => {
    const text = `WEBVTT - Modul 1\r\n\r\n1\r\n01:00:01.000 --> 01:00:04.500 align:start line:90%\r\nTeks\r\n`;
    expect(checkWebVtt(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]))).toEqual({ ok: true, text });
  });

  it('refuses SRT (no WEBVTT line, commas in timings)', () => {
    expect(reasonOf(Buffer.from('1\n00:00:01,000 --> 00:00:04,000\nHalo\n'))).toContain('bukan caption WebVTT');
  });

  it('refuses a signature that only starts like one', () => {
    expect(reasonOf(Buffer.from(`WEBVTTX\n\n${CUE}`))).toContain('bukan caption WebVTT');
  });

  it('refuses a WebVTT file without a cue', () => {
    expect(reasonOf(Buffer.from('WEBVTT\n\nNOTE nothing yet\n'))).toContain('tidak berisi satu pun');
  });

  it('refuses text that is not UTF-8, and binary with NUL bytes', () => {
    expect(reasonOf(Buffer.concat([Buffer.from('WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n'), Buffer.from([0xff, 0xfe, 0x41])]))).toContain('UTF-8');
    expect(reasonOf(Buffer.from(`WEBVTT\n\n${CUE}\u0000`))).toContain('UTF-8');
  });

  it('refuses more than 1 MiB and accepts exactly 1 MiB', () => {
    const head = `WEBVTT\n\n${CUE}`;
    const exactly = Buffer.from(head + 'a'.repeat(MAX_CAPTION_BYTES - Buffer.byteLength(head)));
    expect(exactly.length).toBe(MAX_CAPTION_BYTES);
    expect(checkWebVtt(exactly).ok).toBe(true);
    expect(reasonOf(Buffer.concat([exactly, Buffer.from('a')]))).toContain('melebihi 1 MB');
  });
});
