import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Types, type Model } from 'mongoose';
import { escapeRegExp, normalizeForSearch } from '../user/search-text';
import { QUESTION_MODEL, type QuestionDocument } from './question.schema';
import type { MatchingPairValue, OrderingItemValue, QuestionOptionValue, QuestionType, RubricCriterionValue } from './quiz-values';

/** What a question is, independent of where it is stored: what the bank editor writes and the import reads. */
export interface QuestionContent {
  type: QuestionType;
  prompt: string;
  tags: string[];
  points: number;
  feedback: string | null;
  options: QuestionOptionValue[];
  wrongPickPenalty: number | null;
  trueFalseAnswer: boolean | null;
  acceptedAnswers: string[];
  numericAnswer: number | null;
  numericTolerance: number | null;
  pairs: MatchingPairValue[];
  orderItems: OrderingItemValue[];
  rubric: RubricCriterionValue[];
}

export interface QuestionRecord extends QuestionContent {
  id: string;
  courseId: string;
  agencyId: string;
  key: string;
  revision: number;
  createdAt: Date;
  updatedAt: Date;
}

export interface NewQuestion extends QuestionContent {
  courseId: string;
  agencyId: string;
  /** Generated (the new id) when not given. */
  key?: string;
}

export interface QuestionPageQuery {
  courseId: string;
  /** Only questions with this tag (compared without case or accents). */
  tag?: string;
  /** Words in the prompt or the tags. */
  search?: string;
  /** Continue after this question id (the list is in creation order). */
  afterId?: string;
  limit: number;
}

/** What an import does with one keyed question. */
export interface QuestionUpsert {
  key: string;
  content: QuestionContent;
}

@Injectable()
export class QuestionRepository {
  constructor(@InjectModel(QUESTION_MODEL) private readonly questions: Model<QuestionDocument>) {}

  async create(question: NewQuestion): Promise<QuestionRecord> {
    const _id = new Types.ObjectId();
    const document = await this.questions.create({
      _id,
      courseId: new Types.ObjectId(question.courseId),
      agencyId: new Types.ObjectId(question.agencyId),
      key: question.key ?? _id.toHexString(),
      revision: 1,
      ...contentFields(question),
    });
    return toQuestionRecord(document.toObject());
  }

  async findById(id: string): Promise<QuestionRecord | null> {
    if (!Types.ObjectId.isValid(id)) return null;
    const document = await this.questions.findById(id).lean<QuestionDocument>();
    return document ? toQuestionRecord(document) : null;
  }

  /** In no particular order; unknown ids are left out. */
  async findByIds(ids: readonly string[]): Promise<QuestionRecord[]> {
    const valid = ids.filter((id) => Types.ObjectId.isValid(id));
    if (valid.length === 0) return [];
    const documents = await this.questions.find({ _id: { $in: valid.map((id) => new Types.ObjectId(id)) } }).lean<QuestionDocument[]>();
    return documents.map(toQuestionRecord);
  }

  /** Every question of a course, in creation order (export, and drawing when a quiz starts). */
  async findByCourse(courseId: string): Promise<QuestionRecord[]> {
    const documents = await this.questions.find({ courseId: new Types.ObjectId(courseId) }).sort({ _id: 1 }).lean<QuestionDocument[]>();
    return documents.map(toQuestionRecord);
  }

  /** The questions of a course with one of these tags (compared without case or accents). */
  async findByCourseTags(courseId: string, tags: readonly string[]): Promise<QuestionRecord[]> {
    const documents = await this.questions
      .find({ courseId: new Types.ObjectId(courseId), tagKeys: { $in: tags.map(normalizeForSearch) } })
      .sort({ _id: 1 })
      .lean<QuestionDocument[]>();
    return documents.map(toQuestionRecord);
  }

  async findByKeys(courseId: string, keys: readonly string[]): Promise<QuestionRecord[]> {
    if (keys.length === 0) return [];
    const documents = await this.questions.find({ courseId: new Types.ObjectId(courseId), key: { $in: [...keys] } }).lean<QuestionDocument[]>();
    return documents.map(toQuestionRecord);
  }

  /** One page in creation order, and how many match in all. */
  async findPage(query: QuestionPageQuery): Promise<{ questions: QuestionRecord[]; totalCount: number }> {
    const filter: Record<string, unknown> = { courseId: new Types.ObjectId(query.courseId) };
    if (query.tag) filter.tagKeys = normalizeForSearch(query.tag);
    const words = query.search ? normalizeForSearch(query.search).split(' ').filter(Boolean) : [];
    if (words.length) filter.$and = words.map((word) => ({ searchText: { $regex: escapeRegExp(word) } }));
    const pageFilter = query.afterId ? { ...filter, _id: { $gt: new Types.ObjectId(query.afterId) } } : filter;
    const [documents, totalCount] = await Promise.all([
      this.questions.find(pageFilter).sort({ _id: 1 }).limit(query.limit).lean<QuestionDocument[]>(),
      this.questions.countDocuments(filter),
    ]);
    return { questions: documents.map(toQuestionRecord), totalCount };
  }

  /** Each tag of a course's bank (as first written) with how many questions carry it. */
  async tagCounts(courseId: string): Promise<Array<{ tag: string; count: number }>> {
    // $unwind and $group with $sum are within what FerretDB v1 aggregates.
    const rows = await this.questions.aggregate<{ _id: string; count: number }>([
      { $match: { courseId: new Types.ObjectId(courseId) } },
      { $unwind: '$tags' },
      { $group: { _id: '$tags', count: { $sum: 1 } } },
    ]);
    const byKey = new Map<string, { tag: string; count: number }>();
    for (const row of rows) {
      const key = normalizeForSearch(row._id);
      const entry = byKey.get(key);
      if (entry) entry.count += row.count;
      else byKey.set(key, { tag: row._id, count: row.count });
    }
    return [...byKey.values()].sort((a, b) => a.tag.localeCompare(b.tag, 'id'));
  }

  async countByCourse(courseId: string): Promise<number> {
    return this.questions.countDocuments({ courseId: new Types.ObjectId(courseId) });
  }

  /**
   * Replaces the content when the question is still at `revision` (else null: someone saved in
   * between). The revision filter is the guard against lost edits in the editor; FerretDB does
   * not lock between read and write, so two saves at the same instant may both pass, the later
   * one winning, which is what a last save would do anyway.
   */
  async replace(id: string, revision: number, content: QuestionContent): Promise<QuestionRecord | null> {
    const result = await this.questions.updateOne(
      { _id: new Types.ObjectId(id), revision },
      { $set: { ...contentFields(content), revision: revision + 1 }, $unset: unsetFields(content) },
    );
    return result.matchedCount > 0 ? this.findById(id) : null;
  }

  /**
   * Creates the keys that are new and replaces the content of those that changed, in one round
   * trip. Upserts on the unique (courseId, key): importing the same file twice, even at once,
   * leaves one question per key.
   */
  async upsertByKeys(course: { courseId: string; agencyId: string }, upserts: readonly QuestionUpsert[]): Promise<void> {
    if (upserts.length === 0) return;
    const courseId = new Types.ObjectId(course.courseId);
    await this.questions.bulkWrite(
      upserts.map(({ key, content }) => ({
        updateOne: {
          filter: { courseId, key },
          update: {
            $set: contentFields(content),
            $unset: unsetFields(content),
            $inc: { revision: 1 },
            $setOnInsert: { agencyId: new Types.ObjectId(course.agencyId) },
          },
          upsert: true,
        },
      })),
      { ordered: false },
    );
  }

  async delete(id: string): Promise<void> {
    await this.questions.deleteOne({ _id: new Types.ObjectId(id) });
  }

  async deleteAllOfCourse(courseId: string): Promise<void> {
    await this.questions.deleteMany({ courseId: new Types.ObjectId(courseId) });
  }
}

/** The stored fields of a question's content; fields of other types are left out (see unsetFields). */
function contentFields(content: QuestionContent): Partial<QuestionDocument> {
  const fields: Partial<QuestionDocument> = {
    type: content.type,
    prompt: content.prompt,
    tags: content.tags,
    tagKeys: [...new Set(content.tags.map(normalizeForSearch))],
    searchText: normalizeForSearch([content.prompt, ...content.tags].join(' ')),
    points: content.points,
  };
  if (content.feedback != null) fields.feedback = content.feedback;
  if (content.options.length) fields.options = content.options;
  if (content.wrongPickPenalty != null) fields.wrongPickPenalty = content.wrongPickPenalty;
  if (content.trueFalseAnswer != null) fields.trueFalseAnswer = content.trueFalseAnswer;
  if (content.acceptedAnswers.length) fields.acceptedAnswers = content.acceptedAnswers;
  if (content.numericAnswer != null) fields.numericAnswer = content.numericAnswer;
  if (content.numericTolerance != null) fields.numericTolerance = content.numericTolerance;
  if (content.pairs.length) fields.pairs = content.pairs;
  if (content.orderItems.length) fields.orderItems = content.orderItems;
  if (content.rubric.length) fields.rubric = content.rubric;
  return fields;
}

const OPTIONAL_FIELDS = ['feedback', 'options', 'wrongPickPenalty', 'trueFalseAnswer', 'acceptedAnswers', 'numericAnswer', 'numericTolerance', 'pairs', 'orderItems', 'rubric'] as const;

/** The optional fields a replacement does not set, so a changed type leaves nothing of the old one. */
function unsetFields(content: QuestionContent): Record<string, ''> {
  const set = contentFields(content);
  return Object.fromEntries(OPTIONAL_FIELDS.filter((field) => !(field in set)).map((field) => [field, '']));
}

export function toQuestionRecord(document: QuestionDocument): QuestionRecord {
  return {
    id: document._id.toHexString(),
    courseId: document.courseId.toHexString(),
    agencyId: document.agencyId.toHexString(),
    key: document.key,
    type: document.type,
    prompt: document.prompt,
    tags: [...(document.tags ?? [])],
    points: document.points,
    feedback: document.feedback ?? null,
    options: (document.options ?? []).map(({ optionId, text, correct, feedback }) => ({ optionId, text, correct, ...(feedback != null && { feedback }) })),
    wrongPickPenalty: document.wrongPickPenalty ?? null,
    trueFalseAnswer: document.trueFalseAnswer ?? null,
    acceptedAnswers: [...(document.acceptedAnswers ?? [])],
    numericAnswer: document.numericAnswer ?? null,
    numericTolerance: document.numericTolerance ?? null,
    pairs: (document.pairs ?? []).map(({ pairId, prompt, answer }) => ({ pairId, prompt, answer })),
    orderItems: (document.orderItems ?? []).map(({ itemId, text }) => ({ itemId, text })),
    rubric: (document.rubric ?? []).map(({ criterionId, title, points }) => ({ criterionId, title, points })),
    revision: document.revision,
    createdAt: document.createdAt,
    updatedAt: document.updatedAt,
  };
}
