import type { TFunction } from 'i18next';
import type { AuthoringLessonFieldsFragment, DocumentPreviewStatus, LessonChangesInput, LessonKind, NewLessonInput } from '../../../gql/generated';
import { wholeNumberOrNull } from '../course-basics';

/** Kinds an author can create today. */
export const AVAILABLE_KINDS: readonly LessonKind[] = ['TEXT', 'DOCUMENT', 'VIDEO', 'LINK', 'QUIZ'];

export interface LessonDocumentRef {
  id: string;
  fileName: string;
  sizeBytes: number;
  url: string;
  /** Where its PDF preview stood when the page got it (DocumentPreviewNote follows it from there). */
  previewStatus: DocumentPreviewStatus;
  /** From the draft; an upload's answer has none of these. */
  previewUrl?: string | null;
  previewError?: string | null;
  previewErrorEn?: string | null;
}

export interface LessonFields {
  kind: LessonKind;
  title: string;
  required: boolean;
  lockedUntilPreviousDone: boolean;
  estimatedMinutes: number | string;
  bodyHtml: string;
  document: LessonDocumentRef | null;
  allowDownload: boolean;
  externalUrl: string;
  /** VIDEO lessons: may stay empty while the lesson is a draft (publishing needs a READY video). */
  videoId: string | null;
}

export type LessonErrors = Partial<Record<'title' | 'estimatedMinutes' | 'document' | 'externalUrl', string>>;

export const NEW_LESSON: LessonFields = {
  kind: 'TEXT',
  title: '',
  required: true,
  lockedUntilPreviousDone: false,
  estimatedMinutes: '',
  bodyHtml: '',
  document: null,
  allowDownload: true,
  externalUrl: '',
  videoId: null,
};

export function lessonFieldsOf(lesson: AuthoringLessonFieldsFragment): LessonFields {
  return {
    kind: lesson.kind,
    title: lesson.title,
    required: lesson.required,
    lockedUntilPreviousDone: lesson.lockedUntilPreviousDone,
    estimatedMinutes: lesson.estimatedMinutes ?? '',
    bodyHtml: lesson.bodyHtml,
    document: lesson.document,
    allowDownload: lesson.allowDownload,
    externalUrl: lesson.externalUrl ?? '',
    videoId: lesson.video?.id ?? null,
  };
}

export function isWebAddress(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}

export function validateLesson(fields: LessonFields, t: TFunction): LessonErrors {
  const errors: LessonErrors = {};
  if (fields.title.trim() === '') errors.title = t('form.required');
  const minutes = wholeNumberOrNull(fields.estimatedMinutes);
  if (minutes !== null && !(minutes >= 1)) errors.estimatedMinutes = t('authoring.fields.minutesInvalid');
  if (fields.kind === 'DOCUMENT' && !fields.document) errors.document = t('authoring.lesson.documentRequired');
  if (fields.kind === 'LINK') {
    const url = fields.externalUrl.trim();
    if (url === '') errors.externalUrl = t('form.required');
    else if (!isWebAddress(url)) errors.externalUrl = t('authoring.lesson.urlInvalid');
  }
  return errors;
}

/** A new lesson: the common fields and the content of its kind. */
export function newLessonInput(fields: LessonFields): NewLessonInput {
  return {
    title: fields.title.trim(),
    kind: fields.kind,
    required: fields.required,
    lockedUntilPreviousDone: fields.lockedUntilPreviousDone,
    estimatedMinutes: wholeNumberOrNull(fields.estimatedMinutes),
    ...(fields.kind === 'TEXT' ? { bodyHtml: fields.bodyHtml } : {}),
    ...(fields.kind === 'DOCUMENT' ? { documentId: fields.document?.id, allowDownload: fields.allowDownload } : {}),
    ...(fields.kind === 'LINK' ? { externalUrl: fields.externalUrl.trim() } : {}),
    ...(fields.kind === 'VIDEO' && fields.videoId ? { videoId: fields.videoId } : {}),
  };
}

/** What differs from the lesson as the server has it; empty when nothing changed. */
export function lessonChanges(fields: LessonFields, lesson: AuthoringLessonFieldsFragment): LessonChangesInput {
  const changes: LessonChangesInput = {};
  const title = fields.title.trim();
  if (title !== lesson.title) changes.title = title;
  if (fields.required !== lesson.required) changes.required = fields.required;
  if (fields.lockedUntilPreviousDone !== lesson.lockedUntilPreviousDone) changes.lockedUntilPreviousDone = fields.lockedUntilPreviousDone;
  const minutes = wholeNumberOrNull(fields.estimatedMinutes);
  if (minutes !== (lesson.estimatedMinutes ?? null)) changes.estimatedMinutes = minutes;
  if (lesson.kind === 'TEXT' && fields.bodyHtml !== lesson.bodyHtml) changes.bodyHtml = fields.bodyHtml;
  if (lesson.kind === 'DOCUMENT') {
    if (fields.document && fields.document.id !== lesson.document?.id) changes.documentId = fields.document.id;
    if (fields.allowDownload !== lesson.allowDownload) changes.allowDownload = fields.allowDownload;
  }
  if (lesson.kind === 'LINK' && fields.externalUrl.trim() !== (lesson.externalUrl ?? '')) changes.externalUrl = fields.externalUrl.trim();
  if (lesson.kind === 'VIDEO' && fields.videoId && fields.videoId !== lesson.video?.id) changes.videoId = fields.videoId;
  return changes;
}
