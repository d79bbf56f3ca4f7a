import { Card, Group, Skeleton, Stack } from '@mantine/core';

export interface CatalogueSkeletonProps {
  count?: number;
}

/** Placeholder cards with the same footprint as CourseCard. */
export function CatalogueSkeletonCards({ count = 6 }: CatalogueSkeletonProps) {
  return Array.from({ length: count }, (_, index) => (
    <Card key={index} withBorder radius="md" padding="md" aria-hidden="true">
      <Stack gap="xs">
        <Group gap={6}>
          <Skeleton height={18} width={64} radius="xl" />
          <Skeleton height={18} width={56} radius="xl" />
          <Skeleton height={18} width={40} radius="xl" />
        </Group>
        <Skeleton height={20} width="85%" mt={4} />
        <Skeleton height={12} width="50%" />
        <Skeleton height={10} mt={6} />
        <Skeleton height={10} />
        <Skeleton height={10} width="70%" />
      </Stack>
    </Card>
  ));
}
