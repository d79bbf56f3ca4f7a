import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Types, type FilterQuery, type Model, type SortOrder } from 'mongoose';
import { escapeRegExp, normalizeForSearch } from '../user/search-text';
import { toDetailsRecord, toStatsRecord, type CourseDetailsRecord, type CourseStatsRecord } from './course-details';
import { COURSE_MODEL, type CompetencyType, type CourseDocument, type CourseLevel, type LiveCourseDocument } from './course.schema';

/** A course as learners see it: the details of its last publication. */
export interface LiveCourseRecord extends CourseDetailsRecord {
  id: string;
  agencyId: string;
  /** Only courses with a live version are read here: published, or archived after publication. */
  status: 'published' | 'archived';
  /** The version of the outline learners see. */
  publishedVersion: number;
  /** The normalized title, the key of the A–Z order (and of its cursors). */
  titleSort: string;
  /** First publication: the key of the "newest" order. */
  publishedAt: Date;
  lastPublishedAt: Date | null;
  archivedAt: Date | null;
  /** Learners who ever enrolled: the key of the "most popular" order. */
  enrolmentCount: number;
  stats: CourseStatsRecord | null;
}

export interface CatalogueFilter {
  /** Words that must all start a word of the live title or summary (any case, any accents). */
  search?: string;
  competencyType?: CompetencyType;
  agencyId?: string;
  level?: CourseLevel;
  jpMin?: number;
  jpMax?: number;
}

/** How many published courses one agency has. */
export interface AgencyCourseCount {
  agencyId: string;
  publishedCourseCount: number;
}

export const catalogueOrders = ['newest', 'popular', 'title'] as const;
export type CatalogueOrder = (typeof catalogueOrders)[number];

/** Where a page ended, in one order: that order's key of the last course, and its id as the tie-breaker. */
export type CataloguePosition =
  | { order: 'newest'; publishedAt: Date; id: string }
  | { order: 'popular'; enrolmentCount: number; id: string }
  | { order: 'title'; titleSort: string; id: string };

export interface CataloguePageQuery {
  filter: CatalogueFilter;
  order: CatalogueOrder;
  limit: number;
  /** Continue after this position; it must be of the same order. */
  after?: CataloguePosition;
}

/** Each order with _id as the tie-breaker, so a keyset cursor never skips or repeats a course. */
const sorts: Record<CatalogueOrder, Record<string, SortOrder>> = {
  newest: { publishedAt: -1, _id: -1 },
  popular: { enrolmentCount: -1, _id: -1 },
  title: { 'live.titleSort': 1, _id: 1 },
};

const LIVE_STATUSES = ['published', 'archived'] as const;

/**
 * The published view of courses: what the catalogue lists and learners read. It reads only
 * `live` (the details as last published), never the draft fields at the top level.
 *
 * FerretDB v1 has no text or collation indexes, so search is one anchored `$regex` per word over
 * `live.searchText`, the lower-cased, accent-free title and summary stored at publication.
 */
@Injectable()
export class CourseCatalogueRepository {
  constructor(@InjectModel(COURSE_MODEL) private readonly courses: Model<CourseDocument>) {}

  /** One page of published courses (archived and drafts never), in the given order. */
  async list(query: CataloguePageQuery): Promise<LiveCourseRecord[]> {
    if (query.after && query.after.order !== query.order) {
      throw new Error(`a ${query.after.order} position cannot continue the ${query.order} order`);
    }
    const conditions = catalogueConditions(query.filter);
    if (query.after) conditions.push(afterCondition(query.after));
    const documents = await this.courses
      .find({ $and: conditions })
      .sort(sorts[query.order])
      .limit(query.limit)
      .lean<CourseDocument[]>();
    return documents.map(toLiveCourseRecord);
  }

  /** How many published courses match the filter (all pages). */
  async count(filter: CatalogueFilter): Promise<number> {
    return this.courses.countDocuments({ $and: catalogueConditions(filter) });
  }

  /**
   * Every agency with at least one published course, and how many it has (in no particular order).
   * One `$match` + `$group` with `$sum`: aggregation FerretDB v1 runs (checked on v1.24); there is no
   * `$lookup`, so the caller reads the agencies by id.
   */
  async countPublishedByAgency(): Promise<AgencyCourseCount[]> {
    const groups = await this.courses.aggregate<{ _id: Types.ObjectId; count: number }>([
      { $match: { $and: catalogueConditions({}) } },
      { $group: { _id: '$agencyId', count: { $sum: 1 } } },
    ]);
    return groups.map((group) => ({ agencyId: group._id.toHexString(), publishedCourseCount: group.count }));
  }

  /** A course learners can open: published, or archived after publication. Null for drafts. */
  async findLiveById(courseId: string): Promise<LiveCourseRecord | null> {
    const [record] = await this.findLiveByIds([courseId]);
    return record ?? null;
  }

  /** Several courses with a live version at once (one query, for a DataLoader); drafts are left out. */
  async findLiveByIds(courseIds: readonly string[]): Promise<LiveCourseRecord[]> {
    if (courseIds.length === 0) return [];
    const documents = await this.courses
      .find({ _id: { $in: courseIds.map((id) => new Types.ObjectId(id)) }, status: { $in: LIVE_STATUSES }, live: { $exists: true } })
      .lean<CourseDocument[]>();
    return documents.map(toLiveCourseRecord);
  }
}

/** The position of a course in an order, for the cursor of the page it ends. */
export function cataloguePositionOf(record: LiveCourseRecord, order: CatalogueOrder): CataloguePosition {
  switch (order) {
    case 'newest':
      return { order, publishedAt: record.publishedAt, id: record.id };
    case 'popular':
      return { order, enrolmentCount: record.enrolmentCount, id: record.id };
    case 'title':
      return { order, titleSort: record.titleSort, id: record.id };
  }
}

/**
 * The words a search looks for: normalized like `live.searchText`, split at anything that is
 * not a letter or a digit ("pelayanan-publik" looks for "pelayanan" and "publik"), without repeats.
 */
export function searchWords(search: string | undefined): string[] {
  return [...new Set(normalizeForSearch(search ?? '').split(/[^\p{L}\p{N}]+/u).filter(Boolean))];
}

/**
 * Every word must START a word of the text: "dik" finds "diklat", but "lat" does not find
 * "diklat" and "an" does not find every "-an" suffix, which would make short words match almost
 * everything. A word starts at the beginning or after a character that is not a-z or 0-9
 * (searchText is accent-free and lower-case); written as a class rather than `\b` or `\p{L}`
 * because FerretDB (Go regexp) and MongoDB (PCRE) agree on plain classes.
 */
function wordCondition(word: string): FilterQuery<CourseDocument> {
  return { 'live.searchText': { $regex: `(^|[^a-z0-9])${escapeRegExp(word)}` } };
}

function catalogueConditions(filter: CatalogueFilter): FilterQuery<CourseDocument>[] {
  // `live` always exists once published; checked anyway so a half-migrated row cannot break a page.
  const conditions: FilterQuery<CourseDocument>[] = [{ status: 'published' }, { live: { $exists: true } }];
  if (filter.competencyType) conditions.push({ 'live.competencyType': filter.competencyType });
  if (filter.level) conditions.push({ 'live.level': filter.level });
  if (filter.agencyId) conditions.push({ agencyId: new Types.ObjectId(filter.agencyId) });
  if (filter.jpMin !== undefined) conditions.push({ 'live.jp': { $gte: filter.jpMin } });
  if (filter.jpMax !== undefined) conditions.push({ 'live.jp': { $lte: filter.jpMax } });
  conditions.push(...searchWords(filter.search).map(wordCondition));
  return conditions;
}

/** Strictly after the position in its order: a later key, or the same key and a later id. */
function afterCondition(position: CataloguePosition): FilterQuery<CourseDocument> {
  const id = new Types.ObjectId(position.id);
  switch (position.order) {
    case 'newest':
      return { $or: [{ publishedAt: { $lt: position.publishedAt } }, { publishedAt: position.publishedAt, _id: { $lt: id } }] };
    case 'popular':
      return {
        $or: [{ enrolmentCount: { $lt: position.enrolmentCount } }, { enrolmentCount: position.enrolmentCount, _id: { $lt: id } }],
      };
    case 'title':
      return {
        $or: [{ 'live.titleSort': { $gt: position.titleSort } }, { 'live.titleSort': position.titleSort, _id: { $gt: id } }],
      };
  }
}

function toLiveCourseRecord(document: CourseDocument): LiveCourseRecord {
  const live = document.live as LiveCourseDocument;
  return {
    ...toDetailsRecord(live),
    id: document._id.toHexString(),
    agencyId: document.agencyId.toHexString(),
    status: document.status === 'archived' ? 'archived' : 'published',
    publishedVersion: document.publishedVersion,
    titleSort: live.titleSort,
    publishedAt: document.publishedAt ?? document.lastPublishedAt ?? document.createdAt,
    lastPublishedAt: document.lastPublishedAt ?? null,
    archivedAt: document.archivedAt ?? null,
    enrolmentCount: document.enrolmentCount ?? 0,
    stats: toStatsRecord(document.stats),
  };
}
