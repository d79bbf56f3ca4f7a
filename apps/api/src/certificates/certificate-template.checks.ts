import { parseNip } from '@lentera/asn';
import { numberTemplateProblems } from '@lentera/certificates';
import type { LocalizedMessage } from '@lentera/errors';

export const TEMPLATE_LIMITS = {
  heading: [1, 60],
  signatories: 3,
  signatoryName: [1, 120],
  signatoryTitle: [1, 120],
} as const;

export interface TemplateProblem extends LocalizedMessage {
  /** Where, as a path into the input: `heading`, `numberFormat`, `signatories.1.nip`. */
  field: string;
}

export interface TemplateText {
  heading: string;
  numberFormat: string;
  signatories: { name: string; title: string; nip: string | null }[];
}

/**
 * The template's text fields trimmed and checked, or every problem at once (an admin fixes
 * the whole form in one go). A signatory's NIP is checked like every NIP in Lentera and
 * stored as its 18 digits.
 */
export function checkTemplateText(input: {
  heading: string;
  numberFormat: string;
  signatories: readonly { name: string; title: string; nip?: string | null }[];
}): { ok: true; value: TemplateText } | { ok: false; problems: TemplateProblem[] } {
  const problems: TemplateProblem[] = [];
  const heading = input.heading.trim();
  if (!within(heading, TEMPLATE_LIMITS.heading)) {
    problems.push({ field: 'heading', id: 'Judul sertifikat wajib diisi, paling banyak 60 karakter.', en: 'The certificate heading is required, at most 60 characters.' });
  }
  const numberFormat = input.numberFormat.trim();
  for (const problem of numberTemplateProblems(numberFormat)) problems.push({ field: 'numberFormat', ...problem });
  if (input.signatories.length > TEMPLATE_LIMITS.signatories) {
    problems.push({ field: 'signatories', id: 'Paling banyak 3 penanda tangan.', en: 'At most 3 signatories.' });
  }
  const signatories = input.signatories.slice(0, TEMPLATE_LIMITS.signatories).map((signatory, index) => {
    const number = index + 1;
    const name = signatory.name.trim();
    const title = signatory.title.trim();
    if (!within(name, TEMPLATE_LIMITS.signatoryName)) {
      problems.push({ field: `signatories.${index}.name`, id: `Nama penanda tangan ${number} wajib diisi, paling banyak 120 karakter.`, en: `The name of signatory ${number} is required, at most 120 characters.` });
    }
    if (!within(title, TEMPLATE_LIMITS.signatoryTitle)) {
      problems.push({ field: `signatories.${index}.title`, id: `Jabatan penanda tangan ${number} wajib diisi, paling banyak 120 karakter.`, en: `The title of signatory ${number} is required, at most 120 characters.` });
    }
    return { name, title, nip: signatoryNip(signatory.nip, index, problems) };
  });
  return problems.length ? { ok: false, problems } : { ok: true, value: { heading, numberFormat, signatories } };
}

function signatoryNip(input: string | null | undefined, index: number, problems: TemplateProblem[]): string | null {
  if (!input?.trim()) return null;
  const result = parseNip(input);
  if (result.ok) return result.value.nip;
  const number = index + 1;
  problems.push({ field: `signatories.${index}.nip`, id: `NIP penanda tangan ${number}: ${result.message.id}`, en: `NIP of signatory ${number}: ${result.message.en}` });
  return null;
}

function within(text: string, [min, max]: readonly [number, number]): boolean {
  return text.length >= min && text.length <= max;
}
