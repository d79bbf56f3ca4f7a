import { Injectable } from '@nestjs/common';
import { CourseRepository, isValidId, type CatalogueKey, type CourseRecord } from '@lentera/db';
import { DomainError, ErrorCode } from '@lentera/errors';
import { assertPageSize, decodeCursor, encodeCursor, invalidCursorError } from '../graphql/pagination';
import type { CourseConnection, CourseModel } from './course.model';
import { toCourseModel } from './course.mapper';

@Injectable()
export class CatalogueService {
  constructor(private readonly courses: CourseRepository) {}

  /** Published courses, newest first, `first` at a time after the `after` cursor. */
  async listPublished(first: number, after?: string | null): Promise<CourseConnection> {
    assertPageSize(first);
    const afterKey = after ? this.parseCursor(after) : undefined;
    // One extra row tells whether another page exists without a second query.
    const [records, totalCount] = await Promise.all([
      this.courses.listPublished(first + 1, afterKey),
      this.courses.countPublished(),
    ]);
    const page = records.slice(0, first);
    const edges = page.map((record) => ({ cursor: cursorOf(record), node: toCourseModel(record) }));
    return {
      edges,
      pageInfo: { hasNextPage: records.length > first, endCursor: edges.at(-1)?.cursor ?? null },
      totalCount,
    };
  }

  async findPublished(courseId: string): Promise<CourseModel | null> {
    if (!isValidId(courseId)) {
      throw new DomainError(ErrorCode.BadUserInput, {
        id: 'ID kursus tidak valid.',
        en: 'The course id is not valid.',
      });
    }
    const record = await this.courses.findPublishedById(courseId);
    return record ? toCourseModel(record) : null;
  }

  private parseCursor(cursor: string): CatalogueKey {
    const key = decodeCursor(cursor, ['p', 'i'] as const);
    const publishedAt = new Date(key.p);
    if (Number.isNaN(publishedAt.getTime()) || !isValidId(key.i)) throw invalidCursorError();
    return { publishedAt, id: key.i };
  }
}

function cursorOf(record: CourseRecord): string {
  return encodeCursor({ p: (record.publishedAt ?? new Date(0)).toISOString(), i: record.id });
}
