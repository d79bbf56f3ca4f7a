import { Center, Loader, VisuallyHidden } from '@mantine/core';

export interface PageLoaderProps {
  /** Read out by screen readers while the page loads. */
  label: string;
}

/** A page-sized spinner for the moments before a page can render anything. */
export function PageLoader({ label }: PageLoaderProps) {
  return (
    <Center py="xl" aria-busy="true">
      <Loader aria-hidden="true" />
      <VisuallyHidden role="status">{label}</VisuallyHidden>
    </Center>
  );
}
