import { Button, Group, Paper, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatNip } from '../../lib/nip';
import { rolesInAgency } from '../auth/access';
import { RoleBadges } from './role-badges';
import type { AgencyUser } from './use-agency-users';

export interface UsersListProps {
  agencyId: string;
  users: AgencyUser[];
  /** A table on wide screens, cards on phones. */
  asTable: boolean;
  onEditRoles: (user: AgencyUser) => void;
  onResetPassword: (user: AgencyUser) => void;
}

export function UsersList({ agencyId, users, asTable, onEditRoles, onResetPassword }: UsersListProps) {
  const { t } = useTranslation();

  if (!asTable) {
    return (
      <Stack gap="sm">
        {users.map((user) => (
          <Paper key={user.id} withBorder radius="md" p="sm" data-testid="user-row">
            <Stack gap={6}>
              <UserIdentity user={user} />
              {(user.workUnit || user.position) && (
                <Text size="sm">{[user.position, user.workUnit].filter(Boolean).join(' · ')}</Text>
              )}
              <RoleBadges roles={rolesInAgency(user, agencyId)} />
              <UserActions user={user} onEditRoles={onEditRoles} onResetPassword={onResetPassword} />
            </Stack>
          </Paper>
        ))}
      </Stack>
    );
  }

  return (
    <Table striped highlightOnHover verticalSpacing="sm">
      <Table.Thead>
        <Table.Tr>
          <Table.Th miw={220}>{t('users.columns.name')}</Table.Th>
          <Table.Th>{t('users.columns.nip')}</Table.Th>
          <Table.Th>{t('users.columns.workUnit')}</Table.Th>
          <Table.Th>{t('users.columns.position')}</Table.Th>
          <Table.Th>{t('users.columns.roles')}</Table.Th>
          <Table.Th>
            <VisuallyHidden>{t('users.columns.actions')}</VisuallyHidden>
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {users.map((user) => (
          <Table.Tr key={user.id} data-testid="user-row">
            <Table.Td>
              <UserIdentity user={user} withNip={false} />
            </Table.Td>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>{user.nip ? formatNip(user.nip) : '–'}</Table.Td>
            <Table.Td>{user.workUnit ?? '–'}</Table.Td>
            <Table.Td>{user.position ?? '–'}</Table.Td>
            <Table.Td>
              <RoleBadges roles={rolesInAgency(user, agencyId)} />
            </Table.Td>
            <Table.Td>
              <UserActions user={user} onEditRoles={onEditRoles} onResetPassword={onResetPassword} />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

function UserIdentity({ user, withNip = true }: { user: AgencyUser; withNip?: boolean }) {
  const { t } = useTranslation();
  return (
    <div>
      <Text fw={600}>{user.fullName}</Text>
      {user.email && (
        <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
          {user.email}
        </Text>
      )}
      {withNip && user.nip && (
        <Text size="sm" c="dimmed">
          {t('users.nipLabel', { nip: formatNip(user.nip) })}
        </Text>
      )}
    </div>
  );
}

interface UserActionsProps {
  user: AgencyUser;
  onEditRoles: (user: AgencyUser) => void;
  onResetPassword: (user: AgencyUser) => void;
}

function UserActions({ user, onEditRoles, onResetPassword }: UserActionsProps) {
  const { t } = useTranslation();
  return (
    <Group gap="xs" wrap="wrap">
      <Button
        size="compact-sm"
        variant="light"
        aria-label={t('users.editRolesFor', { name: user.fullName })}
        onClick={() => {
          onEditRoles(user);
        }}
      >
        {t('users.editRoles')}
      </Button>
      <Button
        size="compact-sm"
        variant="subtle"
        aria-label={t('users.resetLinkFor', { name: user.fullName })}
        onClick={() => {
          onResetPassword(user);
        }}
      >
        {t('users.resetLink')}
      </Button>
    </Group>
  );
}
