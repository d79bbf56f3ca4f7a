/// <reference types="jest" />
import { activityFieldOf, checkActivity, evidenceProblem, jakartaMidnight, localDay, MAX_EVIDENCE_BYTES } from './activity-form';
import type { ActivityFormValues } from './activity-form';

const TODAY = '2026-03-20';

/** A File of `size` bytes without allocating them (the checks read only name, type and size). */
function fileOf(name: string, size: number, type = ''): File {
  const file = new File(['x'], name, { type });
  Object.defineProperty(file, 'size', { value: size });
  return file;
}

const valid = (changes: Partial<ActivityFormValues> = {}): ActivityFormValues => ({
  kind: 'SEMINAR',
  title: '  Seminar Nasional Reformasi Birokrasi ',
  organizer: 'LAN RI',
  startDate: '2026-03-02',
  endDate: '2026-03-03',
  jp: 6.5,
  competencyType: 'MANAJERIAL',
  file: fileOf('sertifikat.pdf', 2048, 'application/pdf'),
  ...changes,
});

describe('checkActivity', () => {
  it('turns a valid form into the mutation input: trimmed texts, days as midnight in Jakarta', () => {
    const check = checkActivity(valid(), TODAY);
    expect(check.ok).toBe(true);
    if (!check.ok) return;
    expect(check.draft.input).toEqual({
      kind: 'SEMINAR',
      title: 'Seminar Nasional Reformasi Birokrasi',
      organizer: 'LAN RI',
      startDate: '2026-03-01T17:00:00.000Z',
      endDate: '2026-03-02T17:00:00.000Z',
      jp: 6.5,
      competencyType: 'MANAJERIAL',
    });
    expect(check.draft.countsInYear).toBe(2026);
  });

  it('names every missing field', () => {
    const check = checkActivity({ kind: '', title: '', organizer: ' ', startDate: '', endDate: '', jp: '', competencyType: '', file: null }, TODAY);
    expect(check).toEqual({
      ok: false,
      problems: {
        kind: 'kindRequired',
        title: 'titleLength',
        organizer: 'organizerLength',
        startDate: 'startRequired',
        endDate: 'endRequired',
        jp: 'jpRange',
        competencyType: 'competencyRequired',
        file: 'fileRequired',
      },
    });
  });

  it.each([
    ['a title of 2 characters', { title: ' ab ' }, { title: 'titleLength' }],
    ['a title of 201 characters', { title: 'x'.repeat(201) }, { title: 'titleLength' }],
    ['an end before the start', { startDate: '2026-03-05', endDate: '2026-03-04' }, { endDate: 'endBeforeStart' }],
    ['an end tomorrow', { startDate: '2026-03-19', endDate: '2026-03-21' }, { endDate: 'endInFuture' }],
    ['a day that does not exist', { endDate: '2026-02-30' }, { endDate: 'endRequired' }],
    ['0 JP', { jp: 0 }, { jp: 'jpRange' }],
    ['more than 500 JP', { jp: 500.5 }, { jp: 'jpRange' }],
    ['JP that is not a number', { jp: 'dua' }, { jp: 'jpRange' }],
  ])('refuses %s', (_label, changes, problems) => {
    expect(checkActivity(valid(changes as Partial<ActivityFormValues>), TODAY)).toEqual({ ok: false, problems });
  });

  it('takes the limits themselves: 3 and 200 characters, 500 JP, an activity of one day ending today', () => {
    const check = checkActivity(valid({ title: 'abc', organizer: 'o'.repeat(200), jp: 500, startDate: TODAY, endDate: TODAY }), TODAY);
    expect(check.ok).toBe(true);
  });

  it('reads JP typed with a decimal comma', () => {
    const check = checkActivity(valid({ jp: '1,5' }), TODAY);
    expect(check.ok && check.draft.input.jp).toBe(1.5);
  });

  it('counts an activity in the year it ended', () => {
    const check = checkActivity(valid({ startDate: '2025-12-29', endDate: '2026-01-02' }), TODAY);
    expect(check.ok && check.draft.countsInYear).toBe(2026);
  });
});

describe('evidenceProblem', () => {
  it.each([
    ['bukti.PDF', ''],
    ['foto.jpeg', ''],
    ['foto.JPG', 'image/jpeg'],
    ['scan.png', 'image/png'],
    ['tanpa-ekstensi', 'application/pdf'],
  ])('takes %s (%s)', (name, type) => {
    expect(evidenceProblem(fileOf(name, 1000, type))).toBeNull();
  });

  it.each(['laporan.docx', 'foto.heic', 'catatan.txt', 'pdf'])('refuses %s by its name', (name) => {
    expect(evidenceProblem(fileOf(name, 1000))).toBe('fileType');
  });

  it('refuses an empty file and one over 10 MB, takes exactly 10 MB', () => {
    expect(evidenceProblem(fileOf('bukti.pdf', 0))).toBe('fileEmpty');
    expect(evidenceProblem(fileOf('bukti.pdf', MAX_EVIDENCE_BYTES + 1))).toBe('fileTooLarge');
    expect(evidenceProblem(fileOf('bukti.pdf', MAX_EVIDENCE_BYTES))).toBeNull();
  });
});

describe('activityFieldOf', () => {
  it.each([
    ['title', 'title'],
    ['input.jp', 'jp'],
    ['endDate', 'endDate'],
    ['uploadId', 'file'],
    ['file', 'file'],
    ['note', null],
    [null, null],
  ])('puts a server error about %p next to %p', (field, expected) => {
    expect(activityFieldOf(field)).toBe(expected);
  });
});

describe('days', () => {
  it('stores a day as midnight in Jakarta', () => {
    expect(jakartaMidnight('2026-01-01')).toBe('2025-12-31T17:00:00.000Z');
  });

  it('reads the device calendar', () => {
    expect(localDay(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });
});
