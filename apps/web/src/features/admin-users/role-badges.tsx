import { Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../gql/generated';

const ROLE_COLORS: Record<Role, string> = { ADMIN: 'red', INSTRUCTOR: 'teal', LEARNER: 'indigo' };

export function RoleBadges({ roles }: { roles: readonly Role[] }) {
  const { t } = useTranslation();
  if (roles.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('users.noRoles')}
      </Text>
    );
  }
  return (
    <Group gap={4}>
      {roles.map((role) => (
        <Badge key={role} size="sm" variant="light" color={ROLE_COLORS[role]} tt="none">
          {t(`role.${role}`)}
        </Badge>
      ))}
    </Group>
  );
}
