import { MultiSelect } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AssignablePeopleDocument } from '../../../gql/generated';
import { formatNip } from '../../../lib/nip';

const SEARCH_DELAY_MS = 300;

export interface PeoplePickerProps {
  agencyId: string;
  value: string[];
  onChange: (userIds: string[]) => void;
  error?: string;
}

/** People of the agency, found by name or NIP, to assign a course to. */
export function PeoplePicker({ agencyId, value, onChange, error }: PeoplePickerProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [debouncedSearch] = useDebouncedValue(search.trim(), SEARCH_DELAY_MS);
  const { data, loading } = useQuery(AssignablePeopleDocument, {
    variables: { agencyId, search: debouncedSearch || null },
  });
  // Labels of the people already picked stay while the search shows others.
  const [known, setKnown] = useState<Map<string, string>>(() => new Map());

  const options = new Map(known);
  for (const { node } of data?.agencyUsers.edges ?? []) {
    options.set(node.id, node.nip ? `${node.fullName} — ${formatNip(node.nip)}` : node.fullName);
  }

  return (
    <MultiSelect
      label={t('authoring.assign.people')}
      description={t('authoring.assign.peopleHint')}
      placeholder={t('authoring.assign.peoplePlaceholder')}
      data={[...options].map(([id, label]) => ({ value: id, label }))}
      value={value}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      // The server already filtered by the search.
      filter={({ options: shown }) => shown}
      nothingFoundMessage={loading ? t('authoring.assign.searching') : t('authoring.assign.nobodyFound')}
      error={error}
      hidePickedOptions
      onChange={(ids) => {
        setKnown(options);
        onChange(ids);
      }}
    />
  );
}
