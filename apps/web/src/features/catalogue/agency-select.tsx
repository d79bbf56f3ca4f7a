import { CheckIcon, Group, Select, Text } from '@mantine/core';
import type { ComboboxItem, OptionsFilter, SelectProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { agencySearchText, matchesAgencySearch } from './agency-search';
import type { CatalogueAgencies } from './use-catalogue-agencies';

/** The option value of "every agency": Select values are strings, and no agency id is empty. */
const ANY_AGENCY = '';

export interface AgencySelectProps {
  agencies: CatalogueAgencies;
  /** The chosen agency id (the `instansi` parameter), or null for every agency. */
  value: string | null;
  /** Its name when known (from the agency list, or from the courses shown). */
  selectedName: string | null;
  onChange: (agencyId: string | null) => void;
}

/**
 * The agency filter: a searchable list (by name or code) of the agencies that have published
 * courses, with how many each has. An agency chosen by a link but missing from the list (not
 * loaded yet, or no published course left) stays shown as chosen, so the field never reads
 * "every agency" while the courses are narrowed to one.
 */
export function AgencySelect({ agencies, value, selectedName, onChange }: AgencySelectProps) {
  const { t } = useTranslation();
  const counts = new Map(agencies.agencies.map((entry) => [entry.agency.id, entry.publishedCourseCount]));
  const searchTexts = new Map(agencies.agencies.map((entry) => [entry.agency.id, agencySearchText(entry.agency.name, entry.agency.code)]));
  const options: ComboboxItem[] = [
    { value: ANY_AGENCY, label: t('learning.catalogue.anyAgency') },
    ...agencies.agencies.map((entry) => ({ value: entry.agency.id, label: entry.agency.name })),
  ];
  if (value && !counts.has(value)) {
    options.push({ value, label: selectedName ?? t('learning.catalogue.chip.agencyUnknown') });
  }

  const filter: OptionsFilter = ({ options: shown, search }) =>
    shown.filter((option) => {
      if (!('value' in option)) return true;
      const text = searchTexts.get(String(option.value)) ?? agencySearchText(option.label, null);
      return matchesAgencySearch(text, search);
    });

  const renderOption: SelectProps['renderOption'] = ({ option, checked }) => {
    const count = counts.get(option.value);
    return (
      <Group gap="xs" wrap="nowrap" w="100%">
        <CheckIcon size={10} style={{ flexShrink: 0, visibility: checked ? 'visible' : 'hidden' }} aria-hidden="true" />
        <Text size="sm" style={{ flex: 1 }}>
          {option.label}
        </Text>
        {count !== undefined && (
          <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
            {t('learning.catalogue.agencyCourseCount', { count })}
          </Text>
        )}
      </Group>
    );
  };

  const handleChange = (next: string | null) => {
    onChange(next ? next : null);
  };

  return (
    <Select
      label={t('learning.catalogue.agencyLabel')}
      data={options}
      value={value ?? ANY_AGENCY}
      onChange={handleChange}
      renderOption={renderOption}
      filter={filter}
      searchable
      allowDeselect={false}
      nothingFoundMessage={t('learning.catalogue.agencyNotFound')}
      description={agencies.failed ? t('learning.catalogue.agencyLoadError') : undefined}
      maxDropdownHeight={280}
    />
  );
}
