import { useState } from 'react';

/**
 * Previous/next paging over a forward-only cursor connection: the cursors of
 * the pages seen so far are kept to go back. A new `listKey` (another agency,
 * filter or search) starts at page one.
 */
export function useCursorPages(listKey: string) {
  const [pages, setPages] = useState<{ listKey: string; cursors: string[] }>({ listKey, cursors: [] });
  const cursors = pages.listKey === listKey ? pages.cursors : [];
  return {
    after: cursors.at(-1) ?? null,
    /** Zero-based number of the page shown. */
    pageIndex: cursors.length,
    goNext: (endCursor: string | null) => {
      if (endCursor) setPages({ listKey, cursors: [...cursors, endCursor] });
    },
    goPrevious: () => {
      setPages({ listKey, cursors: cursors.slice(0, -1) });
    },
  };
}
