import type { LocalizedMessage } from './localized-message';

// Each message names the digits it is about, so a person can find the mistake in an 18-digit number.

export function nipEmptyMessage(): LocalizedMessage {
  return { id: 'NIP belum diisi.', en: 'The NIP is empty.' };
}

export function nipLengthMessage(digitCount: number, hasOtherCharacters: boolean): LocalizedMessage {
  return {
    id:
      `NIP harus terdiri dari 18 digit angka; yang diisi ${digitCount} digit` +
      `${hasOtherCharacters ? ' dan berisi karakter selain angka' : ''}.`,
    en:
      `The NIP must be 18 digits; the value given has ${digitCount} digit${digitCount === 1 ? '' : 's'}` +
      `${hasOtherCharacters ? ' and characters that are not digits' : ''}.`,
  };
}

export function invalidBirthDateMessage(digits: string): LocalizedMessage {
  return {
    id: `Tanggal lahir pada NIP (digit 1–8) tidak valid: ${digits}.`,
    en: `The birth date in the NIP (digits 1–8) is not valid: ${digits}.`,
  };
}

export function birthDateOutOfRangeMessage(digits: string, earliestYear: number, minimumAge: number): LocalizedMessage {
  return {
    id:
      `Tanggal lahir pada NIP (digit 1–8) di luar rentang yang mungkin: ${digits}. ` +
      `Tahun lahir paling awal ${earliestYear} dan usia paling rendah ${minimumAge} tahun.`,
    en:
      `The birth date in the NIP (digits 1–8) is out of range: ${digits}. ` +
      `The birth year must be ${earliestYear} or later and the person at least ${minimumAge} years old.`,
  };
}

export function invalidAppointmentMonthMessage(digits: string): LocalizedMessage {
  return {
    id: `Bulan TMT pada NIP (digit 13–14) tidak valid: ${digits}. Untuk PNS harus 01–12; untuk PPPK harus 21.`,
    en: `The appointment month in the NIP (digits 13–14) is not valid: ${digits}. It must be 01–12 for a PNS, or 21 for a PPPK.`,
  };
}

export function pnsAppointmentInFutureMessage(digits: string): LocalizedMessage {
  return {
    id: `TMT CPNS pada NIP (digit 9–14) belum terjadi: ${digits} (tahun dan bulan).`,
    en: `The appointment date in the NIP (digits 9–14) is in the future: ${digits} (year and month).`,
  };
}

export function pppkAppointmentInFutureMessage(digits: string): LocalizedMessage {
  return {
    id: `Tahun pengangkatan pada NIP PPPK (digit 9–12) belum terjadi: ${digits}.`,
    en: `The appointment year in the PPPK number (digits 9–12) is in the future: ${digits}.`,
  };
}

export function appointmentBeforeAge18Message(appointmentDigits: string, birthDigits: string, kind: 'pns' | 'pppk'): LocalizedMessage {
  const digitRange = kind === 'pns' ? '9–14' : '9–12';
  return {
    id:
      `Pengangkatan pada NIP (digit ${digitRange}: ${appointmentDigits}) terjadi sebelum usia 18 tahun ` +
      `menurut tanggal lahir (digit 1–8: ${birthDigits}).`,
    en:
      `The appointment in the NIP (digits ${digitRange}: ${appointmentDigits}) is before age 18 ` +
      `according to the birth date (digits 1–8: ${birthDigits}).`,
  };
}

export function invalidGenderDigitMessage(digit: string): LocalizedMessage {
  return {
    id: `Kode jenis kelamin pada NIP (digit 15) harus 1 (laki-laki) atau 2 (perempuan), bukan ${digit}.`,
    en: `The gender code in the NIP (digit 15) must be 1 (male) or 2 (female), not ${digit}.`,
  };
}

export function invalidSerialMessage(digits: string): LocalizedMessage {
  return {
    id: `Nomor urut pada NIP (digit 16–18) harus 001–999, bukan ${digits}.`,
    en: `The serial number in the NIP (digits 16–18) must be 001–999, not ${digits}.`,
  };
}
