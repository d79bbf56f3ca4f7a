import type { TFunction } from 'i18next';
import type { CompetencyType, CourseLevel, EnrolmentPolicy } from '../../gql/generated';

export const COMPETENCY_TYPES: readonly CompetencyType[] = ['TEKNIS', 'MANAJERIAL', 'SOSIAL_KULTURAL'];
export const COURSE_LEVELS: readonly CourseLevel[] = ['DASAR', 'MENENGAH', 'LANJUT'];
export const ENROLMENT_POLICIES: readonly EnrolmentPolicy[] = ['OPEN', 'APPROVAL', 'ASSIGNED'];

/** The fields a new course needs and the details form shares with it. */
export interface CourseBasics {
  title: string;
  summary: string;
  competencyType: CompetencyType | null;
  level: CourseLevel | null;
  /** NumberInput gives '' while the box is empty. */
  jp: number | string;
  estimatedMinutes: number | string;
  enrolmentPolicy: EnrolmentPolicy;
}

export type CourseBasicsErrors = Partial<Record<'title' | 'summary' | 'competencyType' | 'level' | 'jp' | 'estimatedMinutes', string>>;

export const EMPTY_BASICS: CourseBasics = {
  title: '',
  summary: '',
  competencyType: null,
  level: null,
  jp: '',
  estimatedMinutes: '',
  enrolmentPolicy: 'OPEN',
};

/** A whole number in the box, or null when it is empty. */
export function wholeNumberOrNull(value: number | string): number | null {
  if (value === '') return null;
  const number = typeof value === 'number' ? value : Number(value);
  return Number.isInteger(number) ? number : Number.NaN;
}

export function validateBasics(fields: CourseBasics, t: TFunction): CourseBasicsErrors {
  const errors: CourseBasicsErrors = {};
  if (fields.title.trim() === '') errors.title = t('form.required');
  if (fields.summary.trim() === '') errors.summary = t('form.required');
  if (!fields.competencyType) errors.competencyType = t('form.required');
  if (!fields.level) errors.level = t('form.required');
  const jp = wholeNumberOrNull(fields.jp);
  if (jp === null) errors.jp = t('form.required');
  else if (!(jp >= 1)) errors.jp = t('authoring.fields.jpInvalid');
  const minutes = wholeNumberOrNull(fields.estimatedMinutes);
  if (minutes !== null && !(minutes >= 1)) errors.estimatedMinutes = t('authoring.fields.minutesInvalid');
  return errors;
}
