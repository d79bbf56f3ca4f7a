import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CatalogueQuery } from './catalogue-search-params';

export interface ActiveFiltersProps {
  query: CatalogueQuery;
  /** The provider's name when the list is narrowed to one agency (null while unknown). */
  agencyName: string | null;
  onChange: (changes: Partial<CatalogueQuery>) => void;
  onClear: () => void;
}

interface ActiveFilter {
  key: string;
  label: string;
  remove: Partial<CatalogueQuery>;
}

/** One removable button per search word and filter in use, and "clear all". */
export function ActiveFilters({ query, agencyName, onChange, onClear }: ActiveFiltersProps) {
  const filters = useActiveFilters(query, agencyName);
  const { t } = useTranslation();
  if (filters.length === 0) return null;

  return (
    <Group gap={6} role="group" aria-label={t('learning.catalogue.activeFilters')}>
      {filters.map((filter) => (
        <Button
          key={filter.key}
          size="compact-sm"
          variant="light"
          radius="xl"
          rightSection={<span aria-hidden="true">×</span>}
          aria-label={t('learning.catalogue.removeFilter', { label: filter.label })}
          onClick={() => {
            onChange(filter.remove);
          }}
          styles={{ label: { whiteSpace: 'normal', textAlign: 'left' } }}
          h="auto"
          mih={32}
        >
          {filter.label}
        </Button>
      ))}
      {filters.length > 1 && (
        <Button size="compact-sm" variant="subtle" mih={32} onClick={onClear}>
          {t('learning.catalogue.clearFilters')}
        </Button>
      )}
    </Group>
  );
}

function useActiveFilters(query: CatalogueQuery, agencyName: string | null): ActiveFilter[] {
  const { t } = useTranslation();
  const filters: ActiveFilter[] = [];
  if (query.search) {
    filters.push({ key: 'search', label: t('learning.catalogue.chip.search', { search: query.search }), remove: { search: '' } });
  }
  if (query.competencyType) {
    filters.push({ key: 'competency', label: t(`competencyType.${query.competencyType}`), remove: { competencyType: null } });
  }
  if (query.level) {
    filters.push({ key: 'level', label: t(`level.${query.level}`), remove: { level: null } });
  }
  if (query.agencyId) {
    const label = agencyName
      ? t('learning.catalogue.chip.agency', { name: agencyName })
      : t('learning.catalogue.chip.agencyUnknown');
    filters.push({ key: 'agency', label, remove: { agencyId: null } });
  }
  const { jpMin, jpMax } = query;
  if (jpMin !== null || jpMax !== null) {
    const label =
      jpMin !== null && jpMax !== null
        ? t('learning.catalogue.chip.jpRange', { min: jpMin, max: jpMax })
        : jpMin !== null
          ? t('learning.catalogue.chip.jpFrom', { min: jpMin })
          : t('learning.catalogue.chip.jpUpTo', { max: jpMax });
    filters.push({ key: 'jp', label, remove: { jpMin: null, jpMax: null } });
  }
  return filters;
}
