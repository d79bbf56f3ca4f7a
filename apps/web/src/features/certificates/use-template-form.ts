import { useState } from 'react';
import type { CertificateLanguage, CertificateTemplateFieldsFragment } from '../../gql/generated';

export const MAX_SIGNATORIES = 3;

export interface SignatoryDraft {
  name: string;
  title: string;
  nip: string;
  /** Where this person is in the saved template (their signature image's slot), or null until the template is saved with them. */
  savedIndex: number | null;
}

export interface TemplateDraft {
  heading: string;
  language: CertificateLanguage;
  numberFormat: string;
  signatories: SignatoryDraft[];
}

export function draftOf(template: CertificateTemplateFieldsFragment): TemplateDraft {
  return {
    heading: template.heading,
    language: template.language,
    numberFormat: template.numberFormat,
    signatories: template.signatories.map((signatory, index) => ({ name: signatory.name, title: signatory.title, nip: signatory.nip ?? '', savedIndex: index })),
  };
}

/** The template being edited: whole-value updates so the preview redraws on every keystroke. */
export function useTemplateForm(template: CertificateTemplateFieldsFragment) {
  const [draft, setDraft] = useState<TemplateDraft>(() => draftOf(template));
  const update = (change: Partial<TemplateDraft>) => setDraft((current) => ({ ...current, ...change }));
  const updateSignatory = (index: number, change: Partial<SignatoryDraft>) =>
    setDraft((current) => ({ ...current, signatories: current.signatories.map((signatory, at) => (at === index ? { ...signatory, ...change } : signatory)) }));
  const addSignatory = () =>
    setDraft((current) =>
      current.signatories.length >= MAX_SIGNATORIES ? current : { ...current, signatories: [...current.signatories, { name: '', title: '', nip: '', savedIndex: null }] },
    );
  const removeSignatory = (index: number) => setDraft((current) => ({ ...current, signatories: current.signatories.filter((_signatory, at) => at !== index) }));
  /** After a save of `savedCount` signatories: the template holds them in the order of the form (one added meanwhile is not saved). */
  const markSaved = (savedCount: number) =>
    setDraft((current) => ({ ...current, signatories: current.signatories.map((signatory, index) => ({ ...signatory, savedIndex: index < savedCount ? index : null })) }));
  return { draft, update, updateSignatory, addSignatory, removeSignatory, markSaved };
}

/** What updateCertificateTemplate takes: blanks trimmed, an empty NIP as none. */
export function templateInput(draft: TemplateDraft) {
  return {
    heading: draft.heading.trim(),
    language: draft.language,
    numberFormat: draft.numberFormat.trim(),
    signatories: draft.signatories.map((signatory) => ({
      name: signatory.name.trim(),
      title: signatory.title.trim(),
      nip: signatory.nip.trim() === '' ? null : signatory.nip.trim(),
    })),
  };
}
