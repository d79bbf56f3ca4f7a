import { CombinedGraphQLErrors } from '@apollo/client/errors';
import type { SupportedLanguage } from '../../i18n/i18n';

/** The server's reasons for refusing a template, by field (`heading`, `numberFormat`, `signatories.1.nip`). */
export type TemplateProblems = Record<string, string>;

/** Reads `extensions.problems` ({ field, id, en }[]) of updateCertificateTemplate's BAD_USER_INPUT. */
export function templateProblems(error: unknown, language: SupportedLanguage): TemplateProblems {
  if (!CombinedGraphQLErrors.is(error)) return {};
  const problems = error.errors[0]?.extensions?.problems;
  if (!Array.isArray(problems)) return {};
  const byField: TemplateProblems = {};
  for (const problem of problems as unknown[]) {
    if (typeof problem !== 'object' || problem === null) continue;
    const { field, id, en } = problem as Record<string, unknown>;
    const text = language === 'id' ? id : en;
    if (typeof field !== 'string' || typeof text !== 'string') continue;
    byField[field] = byField[field] ? `${byField[field]} ${text}` : text;
  }
  return byField;
}
