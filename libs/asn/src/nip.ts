import type { LocalizedMessage } from './localized-message';
import {
  appointmentBeforeAge18Message,
  birthDateOutOfRangeMessage,
  invalidAppointmentMonthMessage,
  invalidBirthDateMessage,
  invalidGenderDigitMessage,
  invalidSerialMessage,
  nipEmptyMessage,
  nipLengthMessage,
  pnsAppointmentInFutureMessage,
  pppkAppointmentInFutureMessage,
} from './nip.messages';

/**
 * Layout of the 18 digits (digit numbers as people count them, 1-based):
 *   1–8   birth date YYYYMMDD
 *   9–14  PNS: TMT CPNS (appointment) YYYYMM; PPPK: appointment year YYYY + the code 21
 *   15    gender, 1 male / 2 female
 *   16–18 serial 001–999
 */
export type NipKind = 'pns' | 'pppk';
export type Gender = 'male' | 'female';

export interface ParsedNip {
  /** The 18 digits, without the spaces, dots or dashes people type. */
  nip: string;
  kind: NipKind;
  /** YYYY-MM-DD */
  birthDate: string;
  appointmentYear: number;
  /** 1–12; null for a PPPK, whose number holds the code 21 where the month would be. */
  appointmentMonth: number | null;
  gender: Gender;
  serial: number;
}

export type NipProblem =
  | 'not_18_digits'
  | 'invalid_birth_date'
  | 'birth_date_out_of_range'
  | 'invalid_appointment_month'
  | 'appointment_before_age_18'
  | 'appointment_in_future'
  | 'invalid_gender_digit'
  | 'invalid_serial';

export type NipResult =
  | { ok: true; value: ParsedNip }
  | { ok: false; problem: NipProblem; message: LocalizedMessage };

type NipFailure = Extract<NipResult, { ok: false }>;

/** Where a month would be, a Nomor Induk PPPK carries this code instead. */
const PPPK_CODE = 21;
const EARLIEST_BIRTH_YEAR = 1940;
/** Lower bound for anyone who could hold a NIP today; the stricter age rule is checked at appointment. */
const MINIMUM_AGE_TODAY = 17;
/** CPNS and PPPK applicants must be at least 18 when appointed. */
const MINIMUM_AGE_AT_APPOINTMENT = 18;
/** WIT (UTC+9), Indonesia's easternmost zone: the latest calendar date anywhere in the country. */
const INDONESIA_EASTERNMOST_OFFSET_MS = 9 * 60 * 60 * 1000;

interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

/** The digit groups of an 18-digit NIP, kept as typed so messages can quote them. */
interface NipDigits {
  nip: string;
  birthDate: string;
  appointment: string;
  appointmentYear: string;
  monthCode: string;
  gender: string;
  serial: string;
}

interface NipFacts {
  digits: NipDigits;
  birth: CalendarDate;
  appointmentYear: number;
  monthCode: number;
  today: CalendarDate;
}

type NipCheck = (facts: NipFacts) => NipFailure | null;

/** Strips what people type between the digit groups: "19850315 201012 1 002", "19850315.201012.1.002". */
export function normalizeNip(input: string): string {
  return input.replace(/[\s.\-\u2010-\u2015]/g, '');
}

/**
 * Checks a NIP or Nomor Induk PPPK and reads what it encodes. The rules run in a fixed order
 * and the first that fails is reported, so each input has exactly one problem.
 */
export function parseNip(input: string, today: Date = new Date()): NipResult {
  const nip = normalizeNip(input);
  if (!/^\d{18}$/.test(nip)) return failure('not_18_digits', lengthMessage(nip));

  const facts = readFacts(nip, today);
  for (const check of checksInOrder) {
    const failed = check(facts);
    if (failed) return failed;
  }
  return { ok: true, value: toParsedNip(facts) };
}

const checksInOrder: readonly NipCheck[] = [
  checkBirthDateExists,
  checkBirthDateInRange,
  checkAppointmentMonth,
  checkAppointmentNotInFuture,
  checkAgeAtAppointment,
  checkGenderDigit,
  checkSerial,
];

function checkBirthDateExists({ digits, birth }: NipFacts): NipFailure | null {
  return isCalendarDate(birth) ? null : failure('invalid_birth_date', invalidBirthDateMessage(digits.birthDate));
}

function checkBirthDateInRange({ digits, birth, today }: NipFacts): NipFailure | null {
  if (birth.year >= EARLIEST_BIRTH_YEAR && fullYearsBetween(birth, today) >= MINIMUM_AGE_TODAY) return null;
  return failure(
    'birth_date_out_of_range',
    birthDateOutOfRangeMessage(digits.birthDate, EARLIEST_BIRTH_YEAR, MINIMUM_AGE_TODAY),
  );
}

function checkAppointmentMonth({ digits, monthCode }: NipFacts): NipFailure | null {
  if (isMonth(monthCode) || monthCode === PPPK_CODE) return null;
  return failure('invalid_appointment_month', invalidAppointmentMonthMessage(digits.monthCode));
}

function checkAppointmentNotInFuture({ digits, appointmentYear, monthCode, today }: NipFacts): NipFailure | null {
  if (monthCode === PPPK_CODE) {
    if (appointmentYear <= today.year) return null;
    return failure('appointment_in_future', pppkAppointmentInFutureMessage(digits.appointmentYear));
  }
  if (monthIndex(appointmentYear, monthCode) <= monthIndex(today.year, today.month)) return null;
  return failure('appointment_in_future', pnsAppointmentInFutureMessage(digits.appointment));
}

function checkAgeAtAppointment({ digits, birth, appointmentYear, monthCode }: NipFacts): NipFailure | null {
  // A PPPK number carries no appointment month, so only the years can be compared.
  const oldEnough =
    monthCode === PPPK_CODE
      ? appointmentYear - birth.year >= MINIMUM_AGE_AT_APPOINTMENT
      : monthIndex(appointmentYear, monthCode) - monthIndex(birth.year, birth.month) >= MINIMUM_AGE_AT_APPOINTMENT * 12;
  if (oldEnough) return null;
  const kind = monthCode === PPPK_CODE ? 'pppk' : 'pns';
  const appointmentDigits = kind === 'pns' ? digits.appointment : digits.appointmentYear;
  return failure(
    'appointment_before_age_18',
    appointmentBeforeAge18Message(appointmentDigits, digits.birthDate, kind),
  );
}

function checkGenderDigit({ digits }: NipFacts): NipFailure | null {
  if (digits.gender === '1' || digits.gender === '2') return null;
  return failure('invalid_gender_digit', invalidGenderDigitMessage(digits.gender));
}

function checkSerial({ digits }: NipFacts): NipFailure | null {
  return digits.serial === '000' ? failure('invalid_serial', invalidSerialMessage(digits.serial)) : null;
}

function readFacts(nip: string, today: Date): NipFacts {
  const digits = splitDigits(nip);
  return {
    digits,
    birth: {
      year: Number(digits.birthDate.slice(0, 4)),
      month: Number(digits.birthDate.slice(4, 6)),
      day: Number(digits.birthDate.slice(6, 8)),
    },
    appointmentYear: Number(digits.appointmentYear),
    monthCode: Number(digits.monthCode),
    today: calendarDateInIndonesia(today),
  };
}

function splitDigits(nip: string): NipDigits {
  return {
    nip,
    birthDate: nip.slice(0, 8),
    appointment: nip.slice(8, 14),
    appointmentYear: nip.slice(8, 12),
    monthCode: nip.slice(12, 14),
    gender: nip.slice(14, 15),
    serial: nip.slice(15, 18),
  };
}

function toParsedNip({ digits, appointmentYear, monthCode }: NipFacts): ParsedNip {
  const kind: NipKind = monthCode === PPPK_CODE ? 'pppk' : 'pns';
  return {
    nip: digits.nip,
    kind,
    birthDate: `${digits.birthDate.slice(0, 4)}-${digits.birthDate.slice(4, 6)}-${digits.birthDate.slice(6, 8)}`,
    appointmentYear,
    appointmentMonth: kind === 'pns' ? monthCode : null,
    gender: digits.gender === '1' ? 'male' : 'female',
    serial: Number(digits.serial),
  };
}

function lengthMessage(nip: string): LocalizedMessage {
  if (nip === '') return nipEmptyMessage();
  const digitCount = nip.replace(/\D/g, '').length;
  return nipLengthMessage(digitCount, digitCount !== nip.length);
}

function failure(problem: NipProblem, message: LocalizedMessage): NipFailure {
  return { ok: false, problem, message };
}

/**
 * Servers run in UTC but people enter NIPs in Indonesian time. Reading "today" in the easternmost
 * zone means a TMT of the current month is never rejected as future while it is already that month
 * somewhere in Indonesia.
 */
function calendarDateInIndonesia(instant: Date): CalendarDate {
  const shifted = new Date(instant.getTime() + INDONESIA_EASTERNMOST_OFFSET_MS);
  return { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() };
}

function isCalendarDate({ year, month, day }: CalendarDate): boolean {
  return isMonth(month) && day >= 1 && day <= daysInMonth(year, month);
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : DAYS_IN_MONTH[month - 1];
}

function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

function isMonth(value: number): boolean {
  return value >= 1 && value <= 12;
}

function monthIndex(year: number, month: number): number {
  return year * 12 + (month - 1);
}

function fullYearsBetween(from: CalendarDate, to: CalendarDate): number {
  const beforeAnniversary = to.month < from.month || (to.month === from.month && to.day < from.day);
  return to.year - from.year - (beforeAnniversary ? 1 : 0);
}
