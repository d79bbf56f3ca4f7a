import { Button, Group } from '@mantine/core';
import type { MantineSize } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PagedList } from '../lib/use-paged-query';

export interface ListPagerProps {
  list: Pick<PagedList<unknown>, 'hasPrevious' | 'hasNext' | 'isRefreshing' | 'goPrevious' | 'goNext'>;
  size?: MantineSize;
}

/** "Sebelumnya" / "Berikutnya" under a paged list (usePagedQuery); nothing when it fits on one page. */
export function ListPager({ list, size }: ListPagerProps) {
  const { t } = useTranslation();
  if (!list.hasPrevious && !list.hasNext) return null;
  return (
    <Group justify="space-between">
      <Button variant="default" size={size} disabled={!list.hasPrevious || list.isRefreshing} onClick={list.goPrevious}>
        {t('pager.previous')}
      </Button>
      <Button variant="default" size={size} disabled={!list.hasNext || list.isRefreshing} onClick={list.goNext}>
        {t('pager.next')}
      </Button>
    </Group>
  );
}
