import { Schema, type Types } from 'mongoose';

export const COURSE_MODEL = 'Course';

/** PP 11/2017: the three kinds of ASN competency. */
export const competencyTypes = ['teknis', 'manajerial', 'sosial_kultural'] as const;
export type CompetencyType = (typeof competencyTypes)[number];

export const courseLevels = ['dasar', 'menengah', 'lanjut'] as const;
export type CourseLevel = (typeof courseLevels)[number];

export const courseStatuses = ['draft', 'published', 'archived'] as const;
export type CourseStatus = (typeof courseStatuses)[number];

export interface CourseStatsDocument {
  lessonCount: number;
  wordCount: number;
  readingMinutes: number;
  computedAt: Date;
}

export interface CourseDocument {
  _id: Types.ObjectId;
  agencyId: Types.ObjectId;
  title: string;
  summary: string;
  description: string;
  competencyType: CompetencyType;
  level: CourseLevel;
  jp: number;
  language: string;
  status: CourseStatus;
  publishedAt?: Date;
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

export const courseSchema = new Schema<CourseDocument>(
  {
    agencyId: { type: Schema.Types.ObjectId, required: true },
    title: { type: String, required: true, trim: true },
    summary: { type: String, required: true, trim: true },
    description: { type: String, default: '' },
    competencyType: { type: String, required: true, enum: competencyTypes },
    level: { type: String, required: true, enum: courseLevels },
    jp: { type: Number, required: true, min: 1 },
    language: { type: String, required: true, default: 'id' },
    status: { type: String, required: true, enum: courseStatuses, default: 'draft' },
    publishedAt: { type: Date },
    stats: { type: courseStatsSchema },
  },
  { collection: 'courses', timestamps: true },
);

// The catalogue: published courses, newest first, with _id as the tie-breaker for cursors.
courseSchema.index({ status: 1, publishedAt: -1, _id: -1 });
courseSchema.index({ agencyId: 1, status: 1 });
