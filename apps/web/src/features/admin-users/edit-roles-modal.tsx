import { Alert, Button, Checkbox, Group, Modal, Stack } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SetMemberRolesDocument } from '../../gql/generated';
import type { Role } from '../../gql/generated';
import { useErrorMessage } from '../../lib/use-error-message';
import { ROLES, rolesInAgency } from '../auth/access';
import { useAuthSession, useSignedInUser } from '../auth/auth-context';
import type { AgencyUser } from './use-agency-users';

export interface EditRolesModalProps {
  agencyId: string;
  user: AgencyUser;
  opened: boolean;
  fullScreen: boolean;
  onClose: () => void;
}

/** Admin/Instruktur/Peserta checkboxes for one user in one agency. */
export function EditRolesModal({ agencyId, user, opened, fullScreen, onClose }: EditRolesModalProps) {
  const { t } = useTranslation();
  const describeError = useErrorMessage();
  const me = useSignedInUser();
  const session = useAuthSession();
  const [roles, setRoles] = useState<Role[]>(() => rolesInAgency(user, agencyId));
  const [submitted, setSubmitted] = useState(false);
  const [setMemberRoles, { loading, error }] = useMutation(SetMemberRolesDocument);

  const isSelf = user.id === me.id;
  const dropsOwnAdmin = isSelf && !me.isSuperAdmin && !roles.includes('ADMIN');

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSubmitted(true);
    if (roles.length === 0) return;
    try {
      await setMemberRoles({ variables: { agencyId, userId: user.id, roles: ROLES.filter((role) => roles.includes(role)) } });
    } catch {
      return; // Shown through `error`.
    }
    // Own roles changed: the session's copy (menu, guards) must follow.
    if (isSelf) void session.refresh();
    onClose();
  };

  return (
    <Modal opened={opened} onClose={onClose} title={t('users.editRolesTitle', { name: user.fullName })} fullScreen={fullScreen}>
      <form onSubmit={(event) => void handleSubmit(event)} noValidate>
        <Stack gap="md">
          <Checkbox.Group
            label={t('users.roles')}
            value={roles}
            onChange={(value) => {
              setRoles(value as Role[]);
            }}
            error={submitted && roles.length === 0 ? t('users.rolesRequired') : undefined}
          >
            <Stack gap="xs" mt="xs">
              {ROLES.map((role) => (
                <Checkbox key={role} value={role} label={t(`role.${role}`)} description={t(`roleDescription.${role}`)} />
              ))}
            </Stack>
          </Checkbox.Group>
          {dropsOwnAdmin && (
            <Alert color="yellow" variant="light">
              {t('users.dropOwnAdminWarning')}
            </Alert>
          )}
          {error && (
            <Alert color="red" variant="light">
              {describeError(error)}
            </Alert>
          )}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('form.cancel')}
            </Button>
            <Button type="submit" loading={loading}>
              {t('form.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
