import { Schema, type Types } from 'mongoose';

export const COURSE_MODEL = 'Course';

/** PP 11/2017: the three kinds of ASN competency. */
export const competencyTypes = ['teknis', 'manajerial', 'sosial_kultural'] as const;
export type CompetencyType = (typeof competencyTypes)[number];

export const courseLevels = ['dasar', 'menengah', 'lanjut'] as const;
export type CourseLevel = (typeof courseLevels)[number];

export const courseStatuses = ['draft', 'published', 'archived'] as const;
export type CourseStatus = (typeof courseStatuses)[number];

/** Who may join: anyone (open), anyone an admin accepts (approval), or only those assigned. */
export const enrolmentPolicies = ['open', 'approval', 'assigned'] as const;
export type EnrolmentPolicy = (typeof enrolmentPolicies)[number];

export interface CourseStatsDocument {
  lessonCount: number;
  wordCount: number;
  readingMinutes: number;
  computedAt: Date;
}

/** What an instructor edits about a course, apart from its outline. */
export interface CourseDetailsDocument {
  title: string;
  summary: string;
  description: string;
  competencyType: CompetencyType;
  level: CourseLevel;
  jp: number;
  estimatedMinutes?: number;
  tags: string[];
  language: string;
  learningOutcomes: string[];
  enrolmentPolicy: EnrolmentPolicy;
  /** Video lessons: a learner cannot seek past what they have watched. */
  preventSkippingAhead: boolean;
  coverImageId?: Types.ObjectId;
  instructorIds: Types.ObjectId[];
}

/** The details as last published, with the copies the catalogue searches and sorts by. */
export interface LiveCourseDocument extends CourseDetailsDocument {
  /** Lower-cased, accent-free title and summary: FerretDB has no text or collation indexes. */
  searchText: string;
  /** Lower-cased, accent-free title, for the A–Z order. */
  titleSort: string;
}

/**
 * A course. The top-level details and the version-0 modules and lessons are the working draft
 * instructors edit; `live` and the modules and lessons of `publishedVersion` are what learners
 * see. Publishing copies the draft into a new version, then switches `publishedVersion` in one
 * write, so a learner never sees half an edit (FerretDB has no transactions).
 */
export interface CourseDocument extends CourseDetailsDocument {
  _id: Types.ObjectId;
  agencyId: Types.ObjectId;
  createdBy?: Types.ObjectId;
  status: CourseStatus;
  /** Grows with every edit of the draft; edits name the revision they started from. */
  revision: number;
  /** The draft revision that was last published. */
  publishedRevision?: number;
  /** 0 until the first publication; then the version learners see. */
  publishedVersion: number;
  live?: LiveCourseDocument;
  /** First publication: the catalogue's "newest" order. */
  publishedAt?: Date;
  lastPublishedAt?: Date;
  archivedAt?: Date;
  /** Learners who ever enrolled (not pending or rejected): the catalogue's "most popular" order. */
  enrolmentCount: number;
  stats?: CourseStatsDocument;
  createdAt: Date;
  updatedAt: Date;
}

const courseStatsSchema = new Schema<CourseStatsDocument>(
  {
    lessonCount: { type: Number, required: true },
    wordCount: { type: Number, required: true },
    readingMinutes: { type: Number, required: true },
    computedAt: { type: Date, required: true },
  },
  { _id: false },
);

const detailsFields = {
  title: { type: String, required: true, trim: true },
  summary: { type: String, required: true, trim: true },
  description: { type: String, default: '' },
  competencyType: { type: String, required: true, enum: competencyTypes },
  level: { type: String, required: true, enum: courseLevels },
  jp: { type: Number, required: true, min: 1 },
  estimatedMinutes: { type: Number, min: 1 },
  tags: { type: [String], default: () => [] },
  language: { type: String, required: true, default: 'id' },
  learningOutcomes: { type: [String], default: () => [] },
  enrolmentPolicy: { type: String, required: true, enum: enrolmentPolicies, default: 'open' },
  preventSkippingAhead: { type: Boolean, required: true, default: false },
  coverImageId: { type: Schema.Types.ObjectId },
  instructorIds: { type: [Schema.Types.ObjectId], default: () => [] },
} as const;

const liveCourseSchema = new Schema<LiveCourseDocument>(
  { ...detailsFields, searchText: { type: String, required: true }, titleSort: { type: String, required: true } },
  { _id: false },
);

export const courseSchema = new Schema<CourseDocument>(
  {
    ...detailsFields,
    agencyId: { type: Schema.Types.ObjectId, required: true },
    createdBy: { type: Schema.Types.ObjectId },
    status: { type: String, required: true, enum: courseStatuses, default: 'draft' },
    revision: { type: Number, required: true, default: 1 },
    publishedRevision: { type: Number },
    publishedVersion: { type: Number, required: true, default: 0 },
    live: { type: liveCourseSchema },
    publishedAt: { type: Date },
    lastPublishedAt: { type: Date },
    archivedAt: { type: Date },
    enrolmentCount: { type: Number, required: true, default: 0 },
    stats: { type: courseStatsSchema },
  },
  { collection: 'courses', timestamps: true },
);

// The catalogue, in each of its orders, with _id as the tie-breaker for cursors.
courseSchema.index({ status: 1, publishedAt: -1, _id: -1 });
courseSchema.index({ status: 1, enrolmentCount: -1, _id: -1 });
courseSchema.index({ status: 1, 'live.titleSort': 1, _id: 1 });
courseSchema.index({ agencyId: 1, status: 1 });
