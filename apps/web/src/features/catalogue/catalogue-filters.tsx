import { Badge, Box, Button, Collapse, Group, NativeSelect, SimpleGrid, Stack } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { CatalogueSort, CompetencyType, CourseLevel } from '../../gql/generated';
import { AgencySelect } from './agency-select';
import { CATALOGUE_SORTS, COMPETENCY_TYPES, COURSE_LEVELS, activeFilterCount } from './catalogue-search-params';
import type { CatalogueQuery } from './catalogue-search-params';
import { CatalogueSearchBox } from './catalogue-search-box';
import { JpRangeInputs } from './jp-range-inputs';
import type { CatalogueAgencies } from './use-catalogue-agencies';

export interface CatalogueFiltersProps {
  query: CatalogueQuery;
  /** The choices of the agency filter. */
  agencies: CatalogueAgencies;
  /** The name of the chosen agency, when known. */
  agencyName: string | null;
  onChange: (changes: Partial<CatalogueQuery>) => void;
}

/**
 * Search, order and filters. On a phone the filters fold away behind a
 * "Filter" button (with the number set), so the results start high on the screen.
 */
export function CatalogueFilters({ query, agencies, agencyName, onChange }: CatalogueFiltersProps) {
  const { t } = useTranslation();
  const isWide = useMediaQuery('(min-width: 48em)', false);
  const [opened, { toggle }] = useDisclosure(false);
  const panelId = useId();
  const count = activeFilterCount(query);
  const showPanel = isWide || opened;

  return (
    <Stack gap="sm">
      <CatalogueSearchBox
        value={query.search}
        onSearch={(search) => {
          onChange({ search });
        }}
      />
      <Group gap="sm" align="flex-end" wrap="nowrap">
        <NativeSelect
          label={t('learning.catalogue.sort')}
          value={query.sort}
          data={CATALOGUE_SORTS.map((sort) => ({ value: sort, label: t(`learning.catalogue.sortOptions.${sort}`) }))}
          onChange={(event) => {
            onChange({ sort: event.currentTarget.value as CatalogueSort });
          }}
          style={{ flex: 1 }}
          maw={{ sm: 240 }}
        />
        {!isWide && (
          <Button
            variant={count > 0 ? 'light' : 'default'}
            onClick={toggle}
            aria-expanded={opened}
            aria-controls={panelId}
            rightSection={count > 0 ? <Badge size="sm" circle>{count}</Badge> : undefined}
          >
            {t('learning.catalogue.filters')}
          </Button>
        )}
      </Group>
      <Collapse expanded={showPanel} transitionDuration={isWide ? 0 : 150}>
        <Box id={panelId}>
          <FilterFields query={query} agencies={agencies} agencyName={agencyName} onChange={onChange} />
        </Box>
      </Collapse>
    </Stack>
  );
}

function FilterFields({ query, agencies, agencyName, onChange }: CatalogueFiltersProps) {
  const { t } = useTranslation();

  return (
    <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm" verticalSpacing="sm">
      <NativeSelect
        label={t('course.competencyLabel')}
        value={query.competencyType ?? ''}
        data={[
          { value: '', label: t('learning.catalogue.anyCompetency') },
          ...COMPETENCY_TYPES.map((type) => ({ value: type, label: t(`competencyType.${type}`) })),
        ]}
        onChange={(event) => {
          onChange({ competencyType: (event.currentTarget.value || null) as CompetencyType | null });
        }}
      />
      <NativeSelect
        label={t('course.levelLabel')}
        value={query.level ?? ''}
        data={[
          { value: '', label: t('learning.catalogue.anyLevel') },
          ...COURSE_LEVELS.map((level) => ({ value: level, label: t(`level.${level}`) })),
        ]}
        onChange={(event) => {
          onChange({ level: (event.currentTarget.value || null) as CourseLevel | null });
        }}
      />
      <AgencySelect
        agencies={agencies}
        value={query.agencyId}
        selectedName={agencyName}
        onChange={(agencyId) => {
          onChange({ agencyId });
        }}
      />
      <JpRangeInputs jpMin={query.jpMin} jpMax={query.jpMax} onChange={onChange} />
    </SimpleGrid>
  );
}
