import { Injectable } from '@nestjs/common';
import {
  CourseModuleRepository,
  CourseRepository,
  DRAFT_VERSION,
  LessonRepository,
  type CourseRecord,
  type LessonChanges,
  type LessonContentRecord,
  type LessonPlacement,
} from '@lentera/db';
import type { Actor } from '../auth/actor';
import { AuthoringAccess, type CourseForChange } from './authoring-access';
import { AuthoringContent } from './authoring-content.service';
import { assertId, invalidText, lessonNotFound, moduleNotFound, outlineMismatch, outlineTooLarge } from './authoring.errors';
import { LIMITS, type LessonChangesInput, type ModuleOrderInput, type NewLessonInput } from './authoring.input';
import { reorderPlan } from './outline-order';

/**
 * Edits of the draft's outline (version 0 of the modules and lessons). Each one names the
 * revision it started from; the course's revision moves BEFORE the rows change (see
 * CourseRepository.bumpRevision), so an edit from an older revision gets CONFLICT and changes nothing.
 */
@Injectable()
export class AuthoringOutlineService {
  constructor(
    private readonly courses: CourseRepository,
    private readonly modules: CourseModuleRepository,
    private readonly lessons: LessonRepository,
    private readonly authoring: AuthoringAccess,
    private readonly content: AuthoringContent,
  ) {}

  async addModule(actor: Actor, courseId: string, revision: number, title: string): Promise<CourseRecord> {
    const moduleTitle = checkedTitle(title, 'Judul modul', LIMITS.moduleTitle);
    const edit = await this.authoring.forDraftEdit(actor, courseId, revision);
    const existing = await this.modules.findDraft(courseId);
    const position = existing.reduce((last, module) => Math.max(last, module.position + 1), 0);
    return this.commit(edit, revision, () => this.modules.createMany([{ courseId, version: DRAFT_VERSION, title: moduleTitle, position }]));
  }

  async renameModule(actor: Actor, courseId: string, revision: number, moduleId: string, title: string): Promise<CourseRecord> {
    assertId(moduleId, 'module');
    const moduleTitle = checkedTitle(title, 'Judul modul', LIMITS.moduleTitle);
    const edit = await this.authoring.forDraftEdit(actor, courseId, revision);
    await this.draftModule(courseId, moduleId);
    return this.commit(edit, revision, () => this.modules.renameDraft(courseId, moduleId, moduleTitle));
  }

  /** Removes the module and its lessons from the draft; learners keep them until the next publication. */
  async removeModule(actor: Actor, courseId: string, revision: number, moduleId: string): Promise<CourseRecord> {
    assertId(moduleId, 'module');
    const edit = await this.authoring.forDraftEdit(actor, courseId, revision);
    const modules = await this.draftModule(courseId, moduleId);
    const rest = modules.filter((module) => module.id !== moduleId);
    return this.commit(edit, revision, async () => {
      await this.lessons.deleteDraftOfModule(courseId, moduleId);
      await this.modules.deleteDraft(courseId, moduleId);
      await this.modules.setDraftPositions(courseId, compacted(rest));
    });
  }

  async addLesson(actor: Actor, courseId: string, revision: number, moduleId: string, input: NewLessonInput): Promise<CourseRecord> {
    assertId(moduleId, 'module');
    const title = checkedTitle(input.title, 'Judul pelajaran', LIMITS.lessonTitle);
    const edit = await this.authoring.forDraftEdit(actor, courseId, revision);
    await this.draftModule(courseId, moduleId);
    const [content, outline] = await Promise.all([this.lessonContent(courseId, input), this.lessons.findByCourseVersions([draftOf(courseId)])]);
    const position = outline.filter((lesson) => lesson.moduleId === moduleId).reduce((last, lesson) => Math.max(last, lesson.position + 1), 0);
    return this.commit(edit, revision, () =>
      this.lessons.createMany([
        {
          courseId,
          version: DRAFT_VERSION,
          moduleId,
          title,
          kind: input.kind,
          position,
          required: input.required ?? true,
          lockedUntilPreviousDone: input.lockedUntilPreviousDone ?? false,
          estimatedMinutes: input.estimatedMinutes ?? null,
          bodyHtml: content.bodyHtml ?? '',
          documentId: content.documentId ?? null,
          videoId: content.videoId ?? null,
          allowDownload: input.allowDownload ?? false,
          externalUrl: content.externalUrl ?? null,
        },
      ]),
    );
  }

  async updateLesson(actor: Actor, courseId: string, revision: number, lessonId: string, input: LessonChangesInput): Promise<CourseRecord> {
    assertId(lessonId, 'lesson');
    const edit = await this.authoring.forDraftEdit(actor, courseId, revision);
    await this.draftLesson(courseId, lessonId);
    const changes: LessonChanges = {
      ...(await this.lessonContent(courseId, input)),
      ...(input.title != null && { title: checkedTitle(input.title, 'Judul pelajaran', LIMITS.lessonTitle) }),
      ...(input.required != null && { required: input.required }),
      ...(input.lockedUntilPreviousDone != null && { lockedUntilPreviousDone: input.lockedUntilPreviousDone }),
      ...(input.estimatedMinutes !== undefined && { estimatedMinutes: input.estimatedMinutes }),
      ...(input.allowDownload != null && { allowDownload: input.allowDownload }),
    };
    return this.commit(edit, revision, () => this.lessons.updateDraft(courseId, lessonId, changes));
  }

  async removeLesson(actor: Actor, courseId: string, revision: number, lessonId: string): Promise<CourseRecord> {
    assertId(lessonId, 'lesson');
    const edit = await this.authoring.forDraftEdit(actor, courseId, revision);
    const lesson = await this.draftLesson(courseId, lessonId);
    const siblings = (await this.lessons.findByCourseVersions([draftOf(courseId)])).filter(
      (other) => other.moduleId === lesson.moduleId && other.id !== lessonId,
    );
    return this.commit(edit, revision, async () => {
      await this.lessons.deleteDraft(courseId, lessonId);
      await this.lessons.setDraftPlacements(courseId, compacted(siblings).map((placement) => ({ ...placement, moduleId: lesson.moduleId })));
    });
  }

  /**
   * The whole order at once (what a drag and drop ends with), lessons possibly in other modules.
   * It must name exactly the draft's modules and lessons: anything else was made from an older
   * outline (CONFLICT). Only rows whose place changed are written.
   */
  async reorder(actor: Actor, courseId: string, revision: number, order: ModuleOrderInput[]): Promise<CourseRecord> {
    if (order.length > LIMITS.outlineModules || order.reduce((total, module) => total + module.lessonIds.length, 0) > LIMITS.outlineLessons) {
      throw outlineTooLarge();
    }
    const edit = await this.authoring.forDraftEdit(actor, courseId, revision);
    const [modules, lessons] = await Promise.all([this.modules.findDraft(courseId), this.lessons.findByCourseVersions([draftOf(courseId)])]);
    const plan = reorderPlan(modules, lessons, order);
    if (!plan) throw outlineMismatch();
    return this.commit(edit, revision, async () => {
      await Promise.all([this.modules.setDraftPositions(courseId, plan.modules), this.lessons.setDraftPlacements(courseId, plan.lessons)]);
    });
  }

  /** Claims the next revision, then applies the change; returns the course as it is now. */
  private async commit(edit: CourseForChange, revision: number, change: () => Promise<unknown>): Promise<CourseRecord> {
    await this.courses.bumpRevision(edit.scope, edit.course.id, revision);
    await change();
    return (await this.courses.findInAgency(edit.scope, edit.course.id)) ?? edit.course;
  }

  private async draftModule(courseId: string, moduleId: string) {
    const modules = await this.modules.findDraft(courseId);
    if (!modules.some((module) => module.id === moduleId)) throw moduleNotFound();
    return modules;
  }

  private async draftLesson(courseId: string, lessonId: string): Promise<LessonContentRecord> {
    const lesson = await this.lessons.findContent(draftOf(courseId), lessonId);
    if (!lesson) throw lessonNotFound();
    return lesson;
  }

  /** The content fields of a lesson input, checked: sanitized HTML, a document or video of this course, an http(s) link. */
  private async lessonContent(courseId: string, input: NewLessonInput | LessonChangesInput): Promise<LessonChanges> {
    const changes: LessonChanges = {};
    if (input.bodyHtml != null) changes.bodyHtml = await this.content.sanitizeBody(courseId, input.bodyHtml);
    if (input.documentId !== undefined) {
      if (input.documentId !== null) await this.content.assertAsset(courseId, input.documentId, 'document');
      changes.documentId = input.documentId;
    }
    if (input.videoId !== undefined) {
      if (input.videoId !== null) await this.content.assertAsset(courseId, input.videoId, 'video');
      changes.videoId = input.videoId;
    }
    if (input.externalUrl !== undefined) changes.externalUrl = input.externalUrl === null ? null : this.content.externalUrl(input.externalUrl);
    // A document, video or link lesson may be drafted before its file or address exists (or the
    // video is transcoded): publishing checks.
    return changes;
  }
}

function draftOf(courseId: string) {
  return { courseId, version: DRAFT_VERSION };
}

function checkedTitle(title: string, field: string, [min, max]: readonly [number, number]): string {
  const trimmed = title.trim();
  if (trimmed.length < min || trimmed.length > max) throw invalidText(field, min, max);
  return trimmed;
}

/** Positions 0, 1, 2, … in the current order, for the rows whose position changes. */
function compacted<Row extends { id: string; position: number }>(rows: Row[]): Array<Pick<LessonPlacement, 'id' | 'position'>> {
  return [...rows]
    .sort((a, b) => a.position - b.position)
    .map((row, position) => ({ id: row.id, position, changed: row.position !== position }))
    .filter((row) => row.changed)
    .map(({ id, position }) => ({ id, position }));
}
