import { Field, ObjectType } from '@nestjs/graphql';
import { isValidId } from '@lentera/db';
import { DomainError, ErrorCode } from '@lentera/errors';

@ObjectType()
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

export const MAX_PAGE_SIZE = 50;

export function assertPageSize(first: number): void {
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw new DomainError(ErrorCode.BadUserInput, {
      id: `Jumlah per halaman harus antara 1 dan ${MAX_PAGE_SIZE}.`,
      en: `Page size must be between 1 and ${MAX_PAGE_SIZE}.`,
    });
  }
}

/** Cursors are opaque to clients: base64url of a small JSON key. */
export function encodeCursor(key: Record<string, string>): string {
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
}

export function decodeCursor<K extends string>(cursor: string, fields: readonly K[]): Record<K, string> {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (typeof parsed === 'object' && parsed !== null && fields.every((field) => typeof (parsed as Record<string, unknown>)[field] === 'string')) {
      return parsed as Record<K, string>;
    }
  } catch {
    // falls through to the error below
  }
  throw invalidCursorError();
}

export function invalidCursorError(): DomainError {
  return new DomainError(ErrorCode.BadUserInput, {
    id: 'Penanda halaman (cursor) tidak valid. Muat ulang daftar dari awal.',
    en: 'The page cursor is not valid. Reload the list from the start.',
  });
}

/** For lists in creation order, paged by _id: the cursor holds the last id seen. */
export function decodeIdCursor(cursor: string | null | undefined): string | undefined {
  if (!cursor) return undefined;
  const { i } = decodeCursor(cursor, ['i'] as const);
  if (!isValidId(i)) throw invalidCursorError();
  return i;
}

/** A page fetched with one row more than `first`, which tells whether another page follows. */
export function idConnection<Row extends { id: string }, Node>(rows: Row[], first: number, totalCount: number, toNode: (row: Row) => Node) {
  const edges = rows.slice(0, first).map((row) => ({ cursor: encodeCursor({ i: row.id }), node: toNode(row) }));
  return { edges, pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null }, totalCount };
}
