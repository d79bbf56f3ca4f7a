import { Button, Group, Modal, Skeleton, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue, useDocumentTitle, useMediaQuery } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadErrorAlert } from '../../components/load-error-alert';
import { AgencyPicker } from '../admin/agency-picker';
import { useAdminAgencies } from '../admin/use-admin-agencies';
import { CreateUserForm } from './create-user-form';
import type { CreatedUser } from './create-user-form';
import { EditRolesModal } from './edit-roles-modal';
import { PasswordResetLinkPanel } from './password-reset-link-panel';
import { useAgencyUsers } from './use-agency-users';
import type { AgencyUser } from './use-agency-users';
import { UsersList } from './users-list';

const SEARCH_DELAY_MS = 300;

/** Agency admin: the agency's users (`/admin/pengguna`). */
export function AdminUsersPage() {
  const { t } = useTranslation();
  const admin = useAdminAgencies();
  useDocumentTitle(`${t('users.title')} · ${t('app.name')}`);

  return (
    <Stack gap="lg">
      <Title order={1}>{t('users.title')}</Title>
      <AgencyPicker admin={admin} />
      {admin.selected && <AgencyUsersSection key={admin.selected.id} agencyId={admin.selected.id} />}
    </Stack>
  );
}

type Dialog =
  | { kind: 'create' }
  | { kind: 'created'; user: CreatedUser }
  | { kind: 'roles'; user: AgencyUser }
  | { kind: 'resetLink'; user: AgencyUser };

function AgencyUsersSection({ agencyId }: { agencyId: string }) {
  const { t } = useTranslation();
  const isWide = useMediaQuery('(min-width: 62em)');
  const isPhone = useMediaQuery('(max-width: 36em)');
  const [search, setSearch] = useState('');
  const [debouncedSearch] = useDebouncedValue(search.trim(), SEARCH_DELAY_MS);
  // The last dialog stays rendered while it animates closed.
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [dialogOpened, setDialogOpened] = useState(false);
  // Each opening starts fresh (unsaved role changes, an earlier link).
  const [dialogKey, setDialogKey] = useState(0);
  const list = useAgencyUsers(agencyId, debouncedSearch);

  const openDialog = (next: Dialog) => {
    setDialog(next);
    setDialogKey((key) => key + 1);
    setDialogOpened(true);
  };
  const closeDialog = () => {
    setDialogOpened(false);
  };

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end" gap="sm">
        <TextInput
          type="search"
          label={t('users.search')}
          placeholder={t('users.searchPlaceholder')}
          value={search}
          onChange={(event) => {
            setSearch(event.currentTarget.value);
          }}
          style={{ flex: '1 1 240px' }}
          maw={420}
        />
        <Button
          onClick={() => {
            openDialog({ kind: 'create' });
          }}
        >
          {t('users.create')}
        </Button>
      </Group>

      {list.isLoading ? (
        <Stack gap="sm" aria-busy="true">
          <Skeleton height={56} />
          <Skeleton height={56} />
          <Skeleton height={56} />
        </Stack>
      ) : list.error ? (
        <LoadErrorAlert error={list.error} onRetry={() => void list.retry()} title={t('users.loadError')} />
      ) : list.users.length === 0 ? (
        <Text c="dimmed" py="md">
          {debouncedSearch ? t('users.noMatches', { search: debouncedSearch }) : t('users.empty')}
        </Text>
      ) : (
        <>
          <Text size="sm" c="dimmed" role="status">
            {t('users.range', {
              from: list.offset + 1,
              to: list.offset + list.users.length,
              count: list.totalCount,
            })}
          </Text>
          <UsersList
            agencyId={agencyId}
            users={list.users}
            asTable={isWide}
            onEditRoles={(user) => {
              openDialog({ kind: 'roles', user });
            }}
            onResetPassword={(user) => {
              openDialog({ kind: 'resetLink', user });
            }}
          />
          {(list.hasPrevious || list.hasNext) && (
            <Group justify="space-between">
              <Button variant="default" disabled={!list.hasPrevious || list.isRefreshing} onClick={list.goPrevious}>
                {t('users.previous')}
              </Button>
              <Button variant="default" disabled={!list.hasNext || list.isRefreshing} onClick={list.goNext}>
                {t('users.next')}
              </Button>
            </Group>
          )}
        </>
      )}

      {dialog?.kind === 'roles' && (
        <EditRolesModal
          key={dialogKey}
          agencyId={agencyId}
          user={dialog.user}
          opened={dialogOpened}
          fullScreen={isPhone}
          onClose={closeDialog}
        />
      )}
      {dialog && dialog.kind !== 'roles' && (
        <Modal
          opened={dialogOpened}
          onClose={closeDialog}
          fullScreen={isPhone}
          size="lg"
          title={
            dialog.kind === 'create'
              ? t('users.createTitle')
              : dialog.kind === 'created'
                ? t('users.createdTitle', { name: dialog.user.fullName })
                : t('users.resetLink')
          }
        >
          {dialog.kind === 'create' ? (
            <CreateUserForm
              agencyId={agencyId}
              submitLabel={t('users.createSubmit')}
              onCreated={(user) => {
                setDialog({ kind: 'created', user });
                void list.retry();
              }}
            />
          ) : (
            <Stack gap="md">
              {dialog.kind === 'created' && <Text size="sm">{t('users.createdNextStep')}</Text>}
              <PasswordResetLinkPanel key={dialogKey} agencyId={agencyId} user={dialog.user} />
              <Button variant="default" onClick={closeDialog} style={{ alignSelf: 'flex-end' }}>
                {t('form.close')}
              </Button>
            </Stack>
          )}
        </Modal>
      )}
    </Stack>
  );
}
