import type { CompetencyType, ExternalActivityInput, ExternalActivityKind } from '../../gql/generated';
import { lengthProblem } from '../../lib/text-length';

// The API's limits (apps/api/src/jp-ledger/jp-ledger.errors.ts and external-activity.service.ts),
// checked here first so that a mistake is told before a 10 MB upload, not after it.
export const MAX_EVIDENCE_MB = 10;
export const MAX_EVIDENCE_BYTES = MAX_EVIDENCE_MB * 1024 * 1024;
export const TITLE_LENGTH = { min: 3, max: 200 } as const;
export const MAX_ACTIVITY_JP = 500;
/** What the file picker offers; the server judges the bytes, this only steers the choice. */
export const EVIDENCE_ACCEPT = '.pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png';
const EVIDENCE_EXTENSIONS = ['pdf', 'jpg', 'jpeg', 'png'];
const EVIDENCE_MEDIA_TYPES = ['application/pdf', 'image/jpeg', 'image/png'];

export const ACTIVITY_KINDS: readonly ExternalActivityKind[] = ['CLASSICAL_TRAINING', 'SEMINAR', 'WORKSHOP', 'COACHING', 'MENTORING', 'INTERNSHIP', 'OTHER'];
export const COMPETENCY_TYPES: readonly CompetencyType[] = ['TEKNIS', 'MANAJERIAL', 'SOSIAL_KULTURAL'];

/** What the form edits; '' until chosen. Dates are the date inputs' `YYYY-MM-DD`. */
export interface ActivityFormValues {
  kind: ExternalActivityKind | '';
  title: string;
  organizer: string;
  startDate: string;
  endDate: string;
  /** Mantine's NumberInput: a number, or the text while it is not one yet. */
  jp: number | string;
  competencyType: CompetencyType | '';
  file: File | null;
}

export type ActivityField = keyof ActivityFormValues;

export type ActivityProblem =
  | 'kindRequired'
  | 'titleLength'
  | 'organizerLength'
  | 'startRequired'
  | 'endRequired'
  | 'endBeforeStart'
  | 'endInFuture'
  | 'jpRange'
  | 'competencyRequired'
  | 'fileRequired'
  | 'fileType'
  | 'fileTooLarge'
  | 'fileEmpty';

export type ActivityProblems = Partial<Record<ActivityField, ActivityProblem>>;

/** A form that passed every check: what `recordExternalActivity` takes, but the upload id, and the file. */
export interface ActivityDraft {
  input: Omit<ExternalActivityInput, 'uploadId'>;
  file: File;
  /** The Jakarta year its JP count in once approved (the year it ended). */
  countsInYear: number;
}

export type ActivityCheck = { ok: true; draft: ActivityDraft } | { ok: false; problems: ActivityProblems };

export const emptyActivityForm = (): ActivityFormValues => ({
  kind: '',
  title: '',
  organizer: '',
  startDate: '',
  endDate: '',
  jp: '',
  competencyType: '',
  file: null,
});

/** Today on the device's calendar, `YYYY-MM-DD` (the latest end date the form takes). */
export function localDay(now: Date = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${String(now.getFullYear())}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * Checks the form like the API does, `today` being the device's day. The end date may be today
 * at the latest: the API allows a day ahead, for clocks in WITA and WIT.
 */
export function checkActivity(values: ActivityFormValues, today: string): ActivityCheck {
  const problems: ActivityProblems = {};
  const title = values.title.trim();
  const organizer = values.organizer.trim();
  const jp = jpNumber(values.jp);
  const start = isDay(values.startDate) ? values.startDate : null;
  const end = isDay(values.endDate) ? values.endDate : null;

  if (!values.kind) problems.kind = 'kindRequired';
  if (lengthProblem(title, TITLE_LENGTH)) problems.title = 'titleLength';
  if (lengthProblem(organizer, TITLE_LENGTH)) problems.organizer = 'organizerLength';
  if (!start) problems.startDate = 'startRequired';
  if (!end) problems.endDate = 'endRequired';
  // `YYYY-MM-DD` strings compare like the days they name.
  else if (start && end < start) problems.endDate = 'endBeforeStart';
  else if (end > today) problems.endDate = 'endInFuture';
  if (jp === null || jp <= 0 || jp > MAX_ACTIVITY_JP) problems.jp = 'jpRange';
  if (!values.competencyType) problems.competencyType = 'competencyRequired';
  const fileProblem = evidenceProblem(values.file);
  if (fileProblem) problems.file = fileProblem;

  if (Object.keys(problems).length > 0 || !values.kind || !values.competencyType || !start || !end || jp === null || !values.file) {
    return { ok: false, problems };
  }
  return {
    ok: true,
    draft: {
      input: { kind: values.kind, title, organizer, startDate: jakartaMidnight(start), endDate: jakartaMidnight(end), jp, competencyType: values.competencyType },
      file: values.file,
      countsInYear: Number(end.slice(0, 4)),
    },
  };
}

/** What is wrong with the chosen evidence file by its name, type and size; the server then reads its bytes. */
export function evidenceProblem(file: File | null): ActivityProblem | null {
  if (!file) return 'fileRequired';
  const extension = /\.([^.]+)$/.exec(file.name)?.[1]?.toLowerCase() ?? '';
  if (!EVIDENCE_EXTENSIONS.includes(extension) && !EVIDENCE_MEDIA_TYPES.includes(file.type)) return 'fileType';
  if (file.size === 0) return 'fileEmpty';
  if (file.size > MAX_EVIDENCE_BYTES) return 'fileTooLarge';
  return null;
}

const SERVER_FIELDS: Record<string, ActivityField> = {
  kind: 'kind',
  title: 'title',
  organizer: 'organizer',
  startDate: 'startDate',
  endDate: 'endDate',
  jp: 'jp',
  competencyType: 'competencyType',
  // The upload is the file as far as the learner is concerned (not found, already used).
  uploadId: 'file',
  file: 'file',
};

/** The form field a server error names (`extensions.field`, e.g. "jp" or "input.title"), if the form has it. */
export function activityFieldOf(field: string | null): ActivityField | null {
  if (!field) return null;
  return SERVER_FIELDS[field.replace(/^input\./, '')] ?? null;
}

/** A day as the instant the API stores: midnight in Jakarta, so it counts in that day's Jakarta year. */
export function jakartaMidnight(day: string): string {
  return new Date(`${day}T00:00:00+07:00`).toISOString();
}

function jpNumber(value: number | string): number | null {
  const parsed = typeof value === 'number' ? value : value.trim() === '' ? Number.NaN : Number(value.replace(',', '.'));
  return Number.isFinite(parsed) ? parsed : null;
}

/** A real calendar day written `YYYY-MM-DD` (what a date input gives; typed text might not be). */
function isDay(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === value;
}
