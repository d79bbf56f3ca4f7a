import { Button, EmptyState } from '@mantine/core';
import { Link } from 'react-router';
import { PATHS } from '../../lib/paths';

export interface HomeEmptyStateProps {
  title: string;
  description: string;
  catalogueLabel: string;
}

/** "Nothing here yet", with the way to the catalogue. */
export function HomeEmptyState({ title, description, catalogueLabel }: HomeEmptyStateProps) {
  return (
    <EmptyState py="xl">
      <EmptyState.Title order={2}>{title}</EmptyState.Title>
      <EmptyState.Description>{description}</EmptyState.Description>
      <EmptyState.Actions>
        <Button component={Link} to={PATHS.catalogue}>
          {catalogueLabel}
        </Button>
      </EmptyState.Actions>
    </EmptyState>
  );
}
