import { normalizeNip, parseNip } from './nip';
import type { NipProblem, NipResult, ParsedNip } from './nip';

const today = new Date('2025-06-15T03:00:00Z');

interface NipParts {
  birthDate: string;
  appointment: string;
  gender: string;
  serial: string;
}

/** Builds a NIP from its parts; `appointment` is YYYYMM for a PNS or YYYY21 for a PPPK. */
function buildNip(parts: Partial<NipParts> = {}): string {
  const { birthDate, appointment, gender, serial } = {
    birthDate: '19850315',
    appointment: '201012',
    gender: '1',
    serial: '002',
    ...parts,
  };
  return `${birthDate}${appointment}${gender}${serial}`;
}

function parsed(result: NipResult): ParsedNip {
  if (!result.ok) throw new Error(`expected a valid NIP, got ${result.problem}: ${result.message.en}`);
  return result.value;
}

function problemOf(input: string, on: Date = today): NipProblem | 'ok' {
  const result = parseNip(input, on);
  return result.ok ? 'ok' : result.problem;
}

describe('parseNip', () => {
  describe('valid numbers', () => {
    it('reads a male PNS', () => {
      expect(parsed(parseNip('198503152010121002', today))).toEqual({
        nip: '198503152010121002',
        kind: 'pns',
        birthDate: '1985-03-15',
        appointmentYear: 2010,
        appointmentMonth: 12,
        gender: 'male',
        serial: 2,
      });
    });

    it('reads a female PNS', () => {
      expect(parsed(parseNip('199107232019032001', today))).toMatchObject({
        kind: 'pns',
        birthDate: '1991-07-23',
        appointmentYear: 2019,
        appointmentMonth: 3,
        gender: 'female',
        serial: 1,
      });
    });

    it('accepts a birth on a leap day', () => {
      expect(parsed(parseNip('198802292014021003', today)).birthDate).toBe('1988-02-29');
      // 2000 is divisible by 400, so it is a leap year despite being a century.
      expect(parsed(parseNip('200002292022212004', today)).birthDate).toBe('2000-02-29');
    });

    it('reads a PPPK number, which has no appointment month', () => {
      expect(parsed(parseNip('199001012022211005', today))).toEqual({
        nip: '199001012022211005',
        kind: 'pppk',
        birthDate: '1990-01-01',
        appointmentYear: 2022,
        appointmentMonth: null,
        gender: 'male',
        serial: 5,
      });
    });

    it('accepts the highest serial and an appointment in the current month', () => {
      expect(problemOf(buildNip({ serial: '999' }))).toBe('ok');
      expect(problemOf(buildNip({ appointment: '202506' }))).toBe('ok');
      expect(problemOf(buildNip({ appointment: '202521' }))).toBe('ok');
    });

    it('treats every month 01–12 as a PNS appointment month', () => {
      for (let month = 1; month <= 12; month++) {
        const appointment = `2010${String(month).padStart(2, '0')}`;
        const value = parsed(parseNip(buildNip({ appointment }), today));
        expect(value.kind).toBe('pns');
        expect(value.appointmentMonth).toBe(month);
      }
    });

    it('uses the current date when none is given', () => {
      expect(problemOf(buildNip(), undefined)).toBe('ok');
      expect(parseNip(buildNip()).ok).toBe(true);
    });
  });

  describe('normalizeNip', () => {
    it.each([
      ['19850315 201012 1 002'],
      ['19850315.201012.1.002'],
      ['19850315-201012-1-002'],
      ['  198503152010121002 '],
      ['19850315\u00a0201012\u00a01\u00a0002'],
    ])('strips separators from %j', (input) => {
      expect(normalizeNip(input)).toBe('198503152010121002');
      expect(parsed(parseNip(input, today)).nip).toBe('198503152010121002');
    });
  });

  describe('problems, one per rule, in order', () => {
    it('not_18_digits says how many digits were given', () => {
      const result = parseNip('19850315201012100', today);
      expect(result).toMatchObject({ ok: false, problem: 'not_18_digits' });
      expect(!result.ok && result.message.id).toBe('NIP harus terdiri dari 18 digit angka; yang diisi 17 digit.');
      expect(!result.ok && result.message.en).toBe('The NIP must be 18 digits; the value given has 17 digits.');
      expect(problemOf('1985031520101210021')).toBe('not_18_digits');
      expect(problemOf('19850315201012100A')).toBe('not_18_digits');
      expect(problemOf('')).toBe('not_18_digits');
    });

    it('not_18_digits names characters that are not digits, and an empty value', () => {
      const lettered = parseNip('19850315201012100A', today);
      expect(!lettered.ok && lettered.message.id).toMatch(/17 digit dan berisi karakter selain angka/);
      const empty = parseNip('   ', today);
      expect(!empty.ok && empty.message).toEqual({ id: 'NIP belum diisi.', en: 'The NIP is empty.' });
    });

    it('invalid_birth_date rejects dates that do not exist', () => {
      const result = parseNip('198513152010121002', today);
      expect(result).toEqual({
        ok: false,
        problem: 'invalid_birth_date',
        message: {
          id: 'Tanggal lahir pada NIP (digit 1–8) tidak valid: 19851315.',
          en: 'The birth date in the NIP (digits 1–8) is not valid: 19851315.',
        },
      });
      expect(problemOf(buildNip({ birthDate: '19850230' }))).toBe('invalid_birth_date');
      expect(problemOf(buildNip({ birthDate: '19890229' }))).toBe('invalid_birth_date');
      // 1900 is a century not divisible by 400: no 29 February (so not merely out of range).
      expect(problemOf(buildNip({ birthDate: '19000229' }))).toBe('invalid_birth_date');
      expect(problemOf(buildNip({ birthDate: '19850431' }))).toBe('invalid_birth_date');
      expect(problemOf(buildNip({ birthDate: '19850300' }))).toBe('invalid_birth_date');
      expect(problemOf(buildNip({ birthDate: '19850015' }))).toBe('invalid_birth_date');
    });

    it('birth_date_out_of_range rejects births before 1940 and people younger than 17', () => {
      expect(problemOf(buildNip({ birthDate: '19391231', appointment: '196503' }))).toBe('birth_date_out_of_range');
      expect(problemOf(buildNip({ birthDate: '19400101', appointment: '196503' }))).toBe('ok');
      // 17th birthday is tomorrow / today (in Indonesian time).
      expect(problemOf(buildNip({ birthDate: '20080616', appointment: '202501' }))).toBe('birth_date_out_of_range');
      expect(problemOf(buildNip({ birthDate: '20080615', appointment: '202501' }))).toBe('appointment_before_age_18');
      const result = parseNip(buildNip({ birthDate: '19391231' }), today);
      expect(!result.ok && result.message.id).toMatch(/digit 1–8.*19391231.*1940.*17 tahun/);
    });

    it('invalid_appointment_month accepts only 01–12 (PNS) and 21 (PPPK)', () => {
      for (const code of ['00', '13', '20', '22', '99']) {
        const result = parseNip(buildNip({ appointment: `2010${code}` }), today);
        expect(result).toMatchObject({ ok: false, problem: 'invalid_appointment_month' });
        expect(!result.ok && result.message.en).toContain(`(digits 13–14) is not valid: ${code}.`);
      }
    });

    it('appointment_in_future compares year and month for a PNS, the year for a PPPK', () => {
      expect(problemOf(buildNip({ appointment: '202507' }))).toBe('appointment_in_future');
      expect(problemOf(buildNip({ appointment: '203001' }))).toBe('appointment_in_future');
      expect(problemOf(buildNip({ appointment: '202621' }))).toBe('appointment_in_future');
      const result = parseNip(buildNip({ appointment: '202507' }), today);
      expect(!result.ok && result.message.id).toBe('TMT CPNS pada NIP (digit 9–14) belum terjadi: 202507 (tahun dan bulan).');
    });

    it('appointment_in_future reads today in Indonesian time, not UTC', () => {
      // 30 June 16:00 UTC is already 1 July in eastern Indonesia (WIT, UTC+9).
      const lateJuneUtc = new Date('2025-06-30T16:00:00Z');
      expect(problemOf(buildNip({ appointment: '202507' }), lateJuneUtc)).toBe('ok');
      expect(problemOf(buildNip({ appointment: '202507' }), new Date('2025-06-30T14:00:00Z'))).toBe('appointment_in_future');
    });

    it('appointment_before_age_18 needs 18 full years (by month for a PNS)', () => {
      expect(problemOf(buildNip({ birthDate: '19850315', appointment: '200302' }))).toBe('appointment_before_age_18');
      expect(problemOf(buildNip({ birthDate: '19850315', appointment: '200303' }))).toBe('ok');
      const result = parseNip(buildNip({ birthDate: '19850315', appointment: '200302' }), today);
      expect(!result.ok && result.message.id).toBe(
        'Pengangkatan pada NIP (digit 9–14: 200302) terjadi sebelum usia 18 tahun menurut tanggal lahir (digit 1–8: 19850315).',
      );
    });

    it('appointment_before_age_18 compares years only for a PPPK', () => {
      expect(problemOf(buildNip({ birthDate: '20051231', appointment: '202221' }))).toBe('appointment_before_age_18');
      expect(problemOf(buildNip({ birthDate: '20041231', appointment: '202221' }))).toBe('ok');
    });

    it('invalid_gender_digit accepts only 1 and 2', () => {
      for (const gender of ['0', '3', '9']) {
        expect(problemOf(buildNip({ gender }))).toBe('invalid_gender_digit');
      }
      const result = parseNip(buildNip({ gender: '3' }), today);
      expect(!result.ok && result.message.en).toBe('The gender code in the NIP (digit 15) must be 1 (male) or 2 (female), not 3.');
    });

    it('invalid_serial rejects 000', () => {
      const result = parseNip(buildNip({ serial: '000' }), today);
      expect(result).toMatchObject({ ok: false, problem: 'invalid_serial' });
      expect(!result.ok && result.message.id).toBe('Nomor urut pada NIP (digit 16–18) harus 001–999, bukan 000.');
    });

    it('reports only the first rule that fails', () => {
      expect(problemOf(buildNip({ birthDate: '19851315', gender: '3', serial: '000' }))).toBe('invalid_birth_date');
      expect(problemOf(buildNip({ appointment: '201013', gender: '3' }))).toBe('invalid_appointment_month');
      expect(problemOf(buildNip({ birthDate: '20080101', appointment: '202507' }))).toBe('appointment_in_future');
      expect(problemOf(buildNip({ gender: '0', serial: '000' }))).toBe('invalid_gender_digit');
    });
  });
});
