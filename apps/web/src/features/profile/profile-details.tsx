import { DataList, List, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { formatNip } from '../../lib/nip';
import type { SessionUser } from '../auth/auth-session';

type DetailKey =
  | 'fullName'
  | 'email'
  | 'nip'
  | 'phone'
  | 'employmentType'
  | 'workUnit'
  | 'position'
  | 'rankGrade'
  | 'agencyOfOrigin';

/** Every profile field, read-only; empty ones say so. */
export function ProfileDetails({ user }: { user: SessionUser }) {
  const { t } = useTranslation();
  const isPhone = useMediaQuery('(max-width: 36em)');
  const values: Record<DetailKey, string | null> = {
    fullName: user.fullName,
    email: user.email,
    nip: user.nip && formatNip(user.nip),
    phone: user.phone,
    employmentType: user.employmentType && t(`employmentType.${user.employmentType}`),
    workUnit: user.workUnit,
    position: user.position,
    rankGrade: user.rankGrade,
    agencyOfOrigin: user.agencyOfOrigin,
  };

  return (
    <DataList orientation={isPhone ? 'vertical' : 'horizontal'} labelWidth="11rem" withDivider>
      {(Object.keys(values) as DetailKey[]).map((key) => (
        <DataList.Item key={key}>
          <DataList.ItemLabel>{t(`profile.fields.${key}`)}</DataList.ItemLabel>
          <DataList.ItemValue style={{ overflowWrap: 'anywhere' }}>
            {values[key] ?? (
              <Text span c="dimmed" inherit>
                {t('profile.notFilled')}
              </Text>
            )}
          </DataList.ItemValue>
        </DataList.Item>
      ))}
    </DataList>
  );
}

/** "Admin — BPSDM Provinsi Kalimantan Barat", one line per membership. */
export function ProfileMemberships({ user }: { user: SessionUser }) {
  const { t } = useTranslation();
  if (!user.isSuperAdmin && user.memberships.length === 0) {
    return <Text c="dimmed">{t('profile.noMemberships')}</Text>;
  }
  return (
    <List spacing={4}>
      {user.isSuperAdmin && <List.Item>{t('profile.superAdmin')}</List.Item>}
      {user.memberships.map((membership) => (
        <List.Item key={`${membership.agency.id}-${membership.role}`}>
          {t('profile.membership', { role: t(`role.${membership.role}`), agency: membership.agency.name })}
        </List.Item>
      ))}
    </List>
  );
}
