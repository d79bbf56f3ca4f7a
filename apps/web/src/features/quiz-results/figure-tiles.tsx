import { Paper, SimpleGrid, Text } from '@mantine/core';
import type { SimpleGridProps } from '@mantine/core';

export interface FigureTilesProps {
  /** Label and value of each figure, in order. */
  tiles: ReadonlyArray<readonly [label: string, value: string]>;
  cols: SimpleGridProps['cols'];
  testId?: string;
}

/** A summary's figures as tiles: a small label above a large value. */
export function FigureTiles({ tiles, cols, testId }: FigureTilesProps) {
  return (
    <SimpleGrid cols={cols} spacing="sm" data-testid={testId}>
      {tiles.map(([label, value]) => (
        <Paper key={label} withBorder radius="md" p="sm">
          <Text size="xs" c="dimmed">
            {label}
          </Text>
          <Text fw={700} size="lg">
            {value}
          </Text>
        </Paper>
      ))}
    </SimpleGrid>
  );
}
