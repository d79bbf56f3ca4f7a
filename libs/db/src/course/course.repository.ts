import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { DomainError, ErrorCode } from '@lentera/errors';
import { Types, type FilterQuery, type Model, type UpdateQuery } from 'mongoose';
import type { AgencyScope } from '../tenancy/agency-scope';
import { normalizeForSearch } from '../user/search-text';
import { CourseModuleRepository } from './course-module.repository';
import { DRAFT_VERSION } from './course-module.schema';
import { COURSE_MODEL, type CourseDetailsDocument, type CourseDocument, type CourseStatus, type LiveCourseDocument } from './course.schema';
import { toDetailsRecord, toStatsRecord, type CourseDetailsRecord, type CourseStatsRecord } from './course-details';
import { LessonRepository } from './lesson.repository';

export type { CourseDetailsRecord, CourseStatsRecord } from './course-details';

/** The details as last published, with the normalized copies the catalogue searches and sorts by. */
export interface LiveCourseDetailsRecord extends CourseDetailsRecord {
  searchText: string;
  titleSort: string;
}

/**
 * A course. The top-level details are the working draft; `live` (with the modules and lessons
 * of `publishedVersion`) is what learners see, null until the first publication.
 */
export interface CourseRecord extends CourseDetailsRecord {
  id: string;
  agencyId: string;
  createdBy: string | null;
  status: CourseStatus;
  /** Grows with every edit of the draft (details or outline). */
  revision: number;
  /** The draft revision last published; null before the first publication. */
  publishedRevision: number | null;
  /** The version of the outline learners see; 0 until the first publication. */
  publishedVersion: number;
  live: LiveCourseDetailsRecord | null;
  publishedAt: Date | null;
  lastPublishedAt: Date | null;
  archivedAt: Date | null;
  enrolmentCount: number;
  stats: CourseStatsRecord | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface NewCourse
  extends Pick<CourseDetailsRecord, 'title' | 'summary' | 'competencyType' | 'level' | 'jp'>,
    Partial<Omit<CourseDetailsRecord, 'title' | 'summary' | 'competencyType' | 'level' | 'jp'>> {
  agencyId: string;
  /** Becomes the first instructor of the course. */
  createdBy?: string;
}

/** A change of the draft's details; `null` clears an optional field (estimatedMinutes, coverImageId). */
export type CourseDetailsChanges = Partial<CourseDetailsRecord>;

export interface AgencyCoursePageQuery {
  limit: number;
  status?: CourseStatus;
  /** Newest first: the page continues after this course id. */
  afterId?: string;
}

/** Edits name the revision they started from; this one did not start from the current one. */
export function staleCourseError(): DomainError {
  return new DomainError(ErrorCode.Conflict, {
    id: 'Kursus ini sudah diubah orang lain. Muat ulang lalu coba lagi.',
    en: 'This course was changed by someone else. Reload and try again.',
  });
}

@Injectable()
export class CourseRepository {
  constructor(
    @InjectModel(COURSE_MODEL) private readonly courses: Model<CourseDocument>,
    private readonly modules: CourseModuleRepository,
    private readonly lessons: LessonRepository,
  ) {}

  /** A new draft at revision 1; its creator is its first instructor. */
  async create(course: NewCourse): Promise<CourseRecord> {
    const { agencyId, createdBy, ...details } = course;
    const instructorIds = [...new Set([...(createdBy ? [createdBy] : []), ...(details.instructorIds ?? [])])];
    const document = await this.courses.create({
      ...detailsFields({ ...details, instructorIds }).set,
      agencyId: new Types.ObjectId(agencyId),
      createdBy: createdBy ? new Types.ObjectId(createdBy) : undefined,
      status: 'draft',
      revision: 1,
      publishedVersion: 0,
      enrolmentCount: 0,
    });
    return toCourseRecord(document.toObject());
  }

  async findById(courseId: string): Promise<CourseRecord | null> {
    const document = await this.courses.findById(courseId).lean<CourseDocument>();
    return document ? toCourseRecord(document) : null;
  }

  async findInAgency(scope: AgencyScope, courseId: string): Promise<CourseRecord | null> {
    const document = await this.courses.findOne({ _id: courseId, agencyId: new Types.ObjectId(scope.agencyId) }).lean<CourseDocument>();
    return document ? toCourseRecord(document) : null;
  }

  /** An agency's courses in every status (drafts included), newest first. */
  async listInAgency(scope: AgencyScope, query: AgencyCoursePageQuery): Promise<CourseRecord[]> {
    const filter = agencyCourseFilter(scope, query.status);
    if (query.afterId) filter._id = { $lt: new Types.ObjectId(query.afterId) };
    const documents = await this.courses.find(filter).sort({ _id: -1 }).limit(query.limit).lean<CourseDocument[]>();
    return documents.map(toCourseRecord);
  }

  async countInAgency(scope: AgencyScope, status?: CourseStatus): Promise<number> {
    return this.courses.countDocuments(agencyCourseFilter(scope, status));
  }

  /** Changes the draft's details if it is still at `expectedRevision`, else CONFLICT. */
  async updateDetails(scope: AgencyScope, courseId: string, expectedRevision: number, changes: CourseDetailsChanges): Promise<CourseRecord> {
    const { set, unset } = detailsFields(changes);
    await this.updateAtRevision(scope, courseId, expectedRevision, { $set: set, ...(unset ? { $unset: unset } : {}) });
    return this.findExisting(courseId);
  }

  /**
   * Claims the next revision for an outline edit (modules and lessons live in their own
   * collections). Done before the rows change, so an edit never lands without the revision
   * moving: a concurrent edit that started from the same revision gets CONFLICT.
   */
  async bumpRevision(scope: AgencyScope, courseId: string, expectedRevision: number): Promise<void> {
    await this.updateAtRevision(scope, courseId, expectedRevision, {});
  }

  /**
   * Publishes the draft: copies its version-0 rows into version n+1, then switches the course to
   * it in ONE update (FerretDB has no transactions: a learner sees the old or the new version,
   * never half of one), then removes versions older than n (n stays for readers in flight).
   * A retry after a failure first removes any partial n+1 rows; publishing a revision that is
   * already live changes nothing. `expectedRevision` defaults to the current one.
   */
  async publish(courseId: string, publishedAt: Date = new Date(), expectedRevision?: number): Promise<CourseRecord> {
    const course = await this.findExisting(courseId);
    const revision = expectedRevision ?? course.revision;
    if (course.revision !== revision) throw staleCourseError();
    if (course.status === 'published' && course.publishedRevision === revision) return course;

    const previous = course.publishedVersion;
    const next = previous + 1;
    await Promise.all([this.modules.deleteVersion(courseId, next), this.lessons.deleteVersion(courseId, next)]);
    await Promise.all([this.modules.copyVersion(courseId, DRAFT_VERSION, next), this.lessons.copyVersion(courseId, DRAFT_VERSION, next)]);

    const live = { ...detailsFields(detailsOf(course)).set, ...searchFields(course) } as LiveCourseDocument;
    const switched = await this.courses.updateOne(
      { _id: courseId, revision, publishedVersion: previous },
      {
        $set: {
          live,
          status: 'published',
          publishedVersion: next,
          publishedRevision: revision,
          lastPublishedAt: publishedAt,
          ...(course.publishedAt ? {} : { publishedAt }),
        },
      },
    );
    // Someone edited or published meanwhile. The n+1 rows stay: they may be the other publication's.
    if (switched.matchedCount === 0) throw staleCourseError();

    await Promise.all([this.modules.deletePublishedBefore(courseId, previous), this.lessons.deletePublishedBefore(courseId, previous)]);
    return this.findExisting(courseId);
  }

  /** Takes the course out of the catalogue; enrolled learners keep its live version. */
  async archive(scope: AgencyScope, courseId: string, archivedAt: Date): Promise<CourseRecord | null> {
    await this.courses.updateOne({ _id: courseId, agencyId: new Types.ObjectId(scope.agencyId) }, { $set: { status: 'archived', archivedAt } });
    return this.findInAgency(scope, courseId);
  }

  /** Removes the course and every version of its outline. */
  async delete(scope: AgencyScope, courseId: string): Promise<boolean> {
    const result = await this.courses.deleteOne({ _id: courseId, agencyId: new Types.ObjectId(scope.agencyId) });
    if (result.deletedCount === 0) return false;
    await Promise.all([this.modules.deleteAllOfCourse(courseId), this.lessons.deleteAllOfCourse(courseId)]);
    return true;
  }

  /** By the draft's title or the published one (the draft may have been renamed since). */
  async findByAgencyAndTitle(agencyId: string, title: string): Promise<CourseRecord | null> {
    const document = await this.courses
      .findOne({ agencyId: new Types.ObjectId(agencyId), $or: [{ title }, { 'live.title': title }] })
      .lean<CourseDocument>();
    return document ? toCourseRecord(document) : null;
  }

  async saveStats(courseId: string, stats: CourseStatsRecord): Promise<void> {
    await this.courses.updateOne({ _id: courseId }, { $set: { stats } });
  }

  private async updateAtRevision(scope: AgencyScope, courseId: string, expectedRevision: number, update: UpdateQuery<CourseDocument>): Promise<void> {
    const result = await this.courses.updateOne(
      { _id: courseId, agencyId: new Types.ObjectId(scope.agencyId), revision: expectedRevision },
      { ...update, $inc: { revision: 1 } },
    );
    if (result.matchedCount === 0) throw staleCourseError();
  }

  private async findExisting(courseId: string): Promise<CourseRecord> {
    const course = await this.findById(courseId);
    // Gone between two steps: deleted by someone else, as good as changed.
    if (!course) throw staleCourseError();
    return course;
  }

  /** Learners who became active in the course for the first time (the "most popular" order). */
  async incrementEnrolmentCount(courseId: string, by = 1): Promise<void> {
    if (by > 0) await this.courses.updateOne({ _id: new Types.ObjectId(courseId) }, { $inc: { enrolmentCount: by } });
  }
}

function agencyCourseFilter(scope: AgencyScope, status?: CourseStatus): FilterQuery<CourseDocument> {
  return { agencyId: new Types.ObjectId(scope.agencyId), ...(status ? { status } : {}) };
}

const detailKeys = [
  'title',
  'summary',
  'description',
  'competencyType',
  'level',
  'jp',
  'estimatedMinutes',
  'tags',
  'language',
  'learningOutcomes',
  'enrolmentPolicy',
  'preventSkippingAhead',
  'coverImageId',
  'instructorIds',
] as const satisfies ReadonlyArray<keyof CourseDetailsRecord>;

/** Only the details of a course: what `live` snapshots. */
function detailsOf(course: CourseDetailsRecord): CourseDetailsRecord {
  return Object.fromEntries(detailKeys.map((key) => [key, course[key]])) as unknown as CourseDetailsRecord;
}

/** Details as stored: ids as ObjectIds; null (clear) goes to `$unset`. */
function detailsFields(details: Partial<CourseDetailsRecord>): { set: Partial<CourseDetailsDocument>; unset: Record<string, ''> | null } {
  const set: Record<string, unknown> = {};
  const unset: Record<string, ''> = {};
  for (const [field, value] of Object.entries(details)) {
    if (value === undefined) continue;
    if (value === null) unset[field] = '';
    else if (field === 'coverImageId') set[field] = new Types.ObjectId(value as string);
    else if (field === 'instructorIds') set[field] = (value as string[]).map((id) => new Types.ObjectId(id));
    else set[field] = value;
  }
  return { set: set as Partial<CourseDetailsDocument>, unset: Object.keys(unset).length ? unset : null };
}

/** FerretDB has no text or collation indexes: the catalogue matches and sorts normalized copies. */
function searchFields(details: Pick<CourseDetailsRecord, 'title' | 'summary'>): Pick<LiveCourseDocument, 'searchText' | 'titleSort'> {
  return { searchText: normalizeForSearch(`${details.title} ${details.summary}`), titleSort: normalizeForSearch(details.title) };
}

function toCourseRecord(document: CourseDocument): CourseRecord {
  return {
    ...toDetailsRecord(document),
    id: document._id.toHexString(),
    agencyId: document.agencyId.toHexString(),
    createdBy: document.createdBy?.toHexString() ?? null,
    status: document.status,
    revision: document.revision ?? 1,
    publishedRevision: document.publishedRevision ?? null,
    publishedVersion: document.publishedVersion ?? 0,
    live: document.live ? { ...toDetailsRecord(document.live), searchText: document.live.searchText, titleSort: document.live.titleSort } : null,
    publishedAt: document.publishedAt ?? null,
    lastPublishedAt: document.lastPublishedAt ?? null,
    archivedAt: document.archivedAt ?? null,
    enrolmentCount: document.enrolmentCount ?? 0,
    stats: toStatsRecord(document.stats),
    createdAt: document.createdAt,
    updatedAt: document.updatedAt,
  };
}
