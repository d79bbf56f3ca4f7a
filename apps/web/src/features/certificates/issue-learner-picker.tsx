import { MultiSelect } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CertificateLearnerOptionsDocument, type EnrolmentStatus } from '../../gql/generated';
import { formatNip } from '../../lib/nip';

const SEARCH_DELAY_MS = 300;
/** Who can get a certificate: learners of the course, still learning or done (the API refuses the rest). */
const CERTIFIABLE = new Set<EnrolmentStatus>(['ACTIVE', 'COMPLETED']);
/** The API's MAX_ISSUE_LEARNERS. */
const MAX_LEARNERS = 500;

interface IssueLearnerPickerProps {
  courseId: string;
  value: string[];
  onChange: (userIds: string[]) => void;
}

/** Learners of the course, found by name or NIP; those who left or were never admitted are shown but cannot be picked. */
export function IssueLearnerPicker({ courseId, value, onChange }: IssueLearnerPickerProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [debouncedSearch] = useDebouncedValue(search.trim(), SEARCH_DELAY_MS);
  const { data, loading } = useQuery(CertificateLearnerOptionsDocument, { variables: { courseId, search: debouncedSearch || null } });
  // Labels of the learners already picked stay while the search shows others.
  const [known, setKnown] = useState<Map<string, { label: string; disabled: boolean }>>(() => new Map());

  const options = new Map(known);
  for (const { node } of data?.courseEnrolments.edges ?? []) {
    const certifiable = CERTIFIABLE.has(node.status);
    const name = node.learner.nip ? `${node.learner.fullName} — ${formatNip(node.learner.nip)}` : node.learner.fullName;
    options.set(node.learner.id, { label: certifiable ? name : `${name} (${t('certificates.issue.notCertifiable')})`, disabled: !certifiable });
  }

  return (
    <MultiSelect
      label={t('certificates.issue.learners')}
      description={t('certificates.issue.learnersHint')}
      placeholder={t('certificates.issue.learnersPlaceholder')}
      data={[...options].map(([id, option]) => ({ value: id, ...option }))}
      value={value}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      // The server already filtered by the search.
      filter={({ options: shown }) => shown}
      nothingFoundMessage={loading ? t('certificates.issue.searching') : t('certificates.issue.nobodyFound')}
      maxValues={MAX_LEARNERS}
      hidePickedOptions
      onChange={(ids) => {
        setKnown(options);
        onChange(ids);
      }}
      data-testid="issue-learner-picker"
    />
  );
}
