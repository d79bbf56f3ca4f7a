import { cataloguePositionOf, isValidId, type CatalogueOrder, type CataloguePosition, type LiveCourseRecord } from '@lentera/db';
import { DomainError, ErrorCode } from '@lentera/errors';
import { decodeCursor, encodeCursor, invalidCursorError } from '../graphql/pagination';

/**
 * A catalogue cursor names its order (`s`), that order's key of the last course (`k`) and its id
 * (`i`), so a cursor of one order can never silently page another.
 */
export function encodeCatalogueCursor(record: LiveCourseRecord, order: CatalogueOrder): string {
  const position = cataloguePositionOf(record, order);
  return encodeCursor({ s: order, k: keyOf(position), i: position.id });
}

export function decodeCatalogueCursor(cursor: string, order: CatalogueOrder): CataloguePosition {
  const { s, k, i } = decodeCursor(cursor, ['s', 'k', 'i'] as const);
  if (!isValidId(i)) throw invalidCursorError();
  if (s !== order) throw otherOrderError();
  switch (order) {
    case 'newest': {
      const publishedAt = new Date(k);
      if (Number.isNaN(publishedAt.getTime())) throw invalidCursorError();
      return { order, publishedAt, id: i };
    }
    case 'popular': {
      if (!/^\d{1,15}$/.test(k)) throw invalidCursorError();
      return { order, enrolmentCount: Number(k), id: i };
    }
    case 'title':
      return { order, titleSort: k, id: i };
  }
}

function keyOf(position: CataloguePosition): string {
  switch (position.order) {
    case 'newest':
      return position.publishedAt.toISOString();
    case 'popular':
      return String(position.enrolmentCount);
    case 'title':
      return position.titleSort;
  }
}

function otherOrderError(): DomainError {
  return new DomainError(ErrorCode.BadUserInput, {
    id: 'Penanda halaman (cursor) ini milik urutan lain. Muat ulang daftar dari awal setelah mengganti urutan.',
    en: 'This page cursor belongs to another sort order. Reload the list from the start after changing the order.',
  });
}
