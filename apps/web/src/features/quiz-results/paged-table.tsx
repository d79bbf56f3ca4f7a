import { Stack, Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { ListPager } from '../../components/list-pager';
import type { PagedList } from '../../lib/use-paged-query';

export interface PagedTableProps {
  list: PagedList<unknown>;
  /** Which rows are shown of how many, e.g. "Menampilkan 1–20 dari 35 percobaan" (see pageRange). */
  range: string;
  /** Below this width the table scrolls sideways instead of squeezing its columns. */
  minWidth: number;
  headers: readonly string[];
  /** Highlight the row under the pointer (rows that link somewhere). */
  highlightOnHover?: boolean;
  /** The page's rows (`<Table.Tr>`). */
  children: ReactNode;
}

/** One page of a results table: how many of how many, the rows, previous / next. */
export function PagedTable({ list, range, minWidth, headers, highlightOnHover = false, children }: PagedTableProps) {
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed" role="status">
        {range}
      </Text>
      <Table.ScrollContainer minWidth={minWidth}>
        <Table striped highlightOnHover={highlightOnHover}>
          <Table.Thead>
            <Table.Tr>
              {headers.map((header, index) => (
                // Headers are fixed per table; an empty one (a column of links) has no text to key on.
                <Table.Th key={`${String(index)}-${header}`}>{header}</Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>{children}</Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <ListPager list={list} />
    </Stack>
  );
}

/** The `from`, `to` and `count` of a range text for the page shown. */
export function pageRange(list: PagedList<unknown>): { from: number; to: number; count: number } {
  return { from: list.offset + 1, to: list.offset + list.items.length, count: list.totalCount };
}
