/**
 * Certificate numbers from an agency's template, e.g. `{agencyCode}/{year}/{sequence:5}` →
 * `BPSDM-KALBAR/2026/00042`. The sequence is the agency's counter for the year (the caller takes
 * the next value atomically); the template must contain it, or numbers would repeat.
 */
export interface NumberParts {
  agencyCode: string;
  year: number;
  month: number;
  sequence: number;
}

const TOKEN = /\{([a-zA-Z]+)(?::(\d+))?\}/g;
const TOKENS = new Set<keyof NumberParts>(['agencyCode', 'year', 'month', 'sequence']);
const MAX_TEMPLATE_LENGTH = 120;
const MAX_PADDING = 12;

export interface TemplateProblem {
  id: string;
  en: string;
}

/** Why a template cannot be used, in Bahasa Indonesia and English; empty when it can. */
export function numberTemplateProblems(template: string): TemplateProblem[] {
  const problems: TemplateProblem[] = [];
  if (template.trim().length === 0 || template.length > MAX_TEMPLATE_LENGTH) {
    problems.push({ id: `Format nomor wajib diisi, paling banyak ${MAX_TEMPLATE_LENGTH} karakter.`, en: `The number format is required, at most ${MAX_TEMPLATE_LENGTH} characters.` });
  }
  let sequences = 0;
  for (const [whole, name, padding] of template.matchAll(TOKEN)) {
    if (!TOKENS.has(name as keyof NumberParts)) {
      problems.push({ id: `${whole} tidak dikenal; gunakan {agencyCode}, {year}, {month} atau {sequence}.`, en: `${whole} is unknown; use {agencyCode}, {year}, {month} or {sequence}.` });
    }
    if (name === 'sequence') sequences += 1;
    if (padding !== undefined && (name !== 'sequence' || Number(padding) < 1 || Number(padding) > MAX_PADDING)) {
      problems.push({ id: `${whole}: panjang angka hanya untuk {sequence}, 1 sampai ${MAX_PADDING}.`, en: `${whole}: a digit count is for {sequence} only, 1 to ${MAX_PADDING}.` });
    }
  }
  if (sequences !== 1) {
    problems.push({ id: 'Format nomor harus memuat {sequence} tepat satu kali, agar nomor tidak berulang.', en: 'The number format must contain {sequence} exactly once, so that numbers never repeat.' });
  }
  if (/[{}]/.test(template.replace(TOKEN, ''))) {
    problems.push({ id: 'Kurung kurawal hanya untuk penanda seperti {year}.', en: 'Braces are only for placeholders such as {year}.' });
  }
  return problems;
}

/** The number for these parts; the template must have no problems (checked when it was saved). */
export function renderCertificateNumber(template: string, parts: NumberParts): string {
  if (!Number.isInteger(parts.sequence) || parts.sequence < 1) throw new RangeError(`sequence must be a whole number ≥ 1 (got ${parts.sequence})`);
  return template.replace(TOKEN, (_whole, name: string, padding: string | undefined) => {
    switch (name) {
      case 'agencyCode':
        return parts.agencyCode;
      case 'year':
        return String(parts.year);
      case 'month':
        return String(parts.month).padStart(2, '0');
      case 'sequence':
        return String(parts.sequence).padStart(padding ? Number(padding) : 1, '0');
      default:
        throw new Error(`unknown placeholder {${name}} in certificate number format`);
    }
  });
}
