import { Input, MultiSelect, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { skipToken, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { InstructorCandidatesDocument } from '../../../gql/generated';
import { useCourseEditing } from '../course-editing';

const SEARCH_DELAY_MS = 300;

export interface InstructorsFieldProps {
  /** Only admins may list the agency's people, so only they choose. */
  editable: boolean;
  value: string[];
  onChange: (instructorIds: string[]) => void;
}

/** The course's instructors: a list for instructors, a search-and-pick for admins. */
export function InstructorsField({ editable, value, onChange }: InstructorsFieldProps) {
  const { t } = useTranslation();
  const { course } = useCourseEditing();
  const [search, setSearch] = useState('');
  const [debouncedSearch] = useDebouncedValue(search.trim(), SEARCH_DELAY_MS);
  const { data } = useQuery(
    InstructorCandidatesDocument,
    editable ? { variables: { agencyId: course.agency.id, search: debouncedSearch || null } } : skipToken,
  );
  // Names of the chosen ones must stay known while the search shows others.
  const [known, setKnown] = useState<Map<string, string>>(
    () => new Map(course.instructors.map((instructor) => [instructor.id, instructor.fullName])),
  );

  if (!editable) {
    return (
      <Input.Wrapper label={t('authoring.fields.instructors')}>
        <Text size="sm" mt={4}>
          {course.instructors.map((instructor) => instructor.fullName).join(', ') || t('authoring.fields.noInstructors')}
        </Text>
      </Input.Wrapper>
    );
  }

  const candidates =
    data?.agencyUsers.edges
      .map(({ node }) => node)
      .filter((user) =>
        user.memberships.some((membership) => membership.role === 'INSTRUCTOR' && membership.agency.id === course.agency.id),
      ) ?? [];
  const options = new Map(known);
  for (const candidate of candidates) options.set(candidate.id, candidate.fullName);

  return (
    <MultiSelect
      label={t('authoring.fields.instructors')}
      description={t('authoring.fields.instructorsHint')}
      data={[...options].map(([id, name]) => ({ value: id, label: name }))}
      value={value}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      // The server already filtered by the search.
      filter={({ options: shown }) => shown}
      nothingFoundMessage={t('authoring.fields.noInstructorFound')}
      onChange={(ids) => {
        setKnown(options);
        onChange(ids);
      }}
    />
  );
}
