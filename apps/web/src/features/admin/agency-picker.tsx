import { Alert, Select, Skeleton, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AgencyChoice } from './use-admin-agencies';
import { LoadErrorAlert } from '../../components/load-error-alert';

export interface AgencyPickerProps {
  admin: AgencyChoice;
  /** Shown when there is no agency to work on (default: not an admin of any). */
  emptyMessage?: string;
}

/** The agency an admin page works on: a select when there is a choice, a line of text otherwise. */
export function AgencyPicker({ admin, emptyMessage }: AgencyPickerProps) {
  const { t } = useTranslation();
  const { agencies, selected, select, loading, error, retry } = admin;

  if (loading) return <Skeleton height={36} maw={420} aria-hidden="true" />;
  if (error) {
    return (
      <LoadErrorAlert error={error} onRetry={() => void retry()} />
    );
  }
  if (agencies.length === 0) return <Alert variant="light">{emptyMessage ?? t('admin.noAgency')}</Alert>;
  if (agencies.length === 1 && selected) {
    return (
      <Text>
        <Text span fw={600} inherit>
          {t('admin.agency')}:
        </Text>{' '}
        {selected.name}
      </Text>
    );
  }
  return (
    <Select
      label={t('admin.agency')}
      data={agencies.map((agency) => ({ value: agency.id, label: agency.name }))}
      value={selected?.id ?? null}
      onChange={(value) => {
        if (value) select(value);
      }}
      allowDeselect={false}
      searchable={agencies.length > 8}
      maw={420}
    />
  );
}
