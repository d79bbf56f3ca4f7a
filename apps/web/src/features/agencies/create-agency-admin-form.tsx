import { Alert, Button, Select, Stack, Text } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AgencyOptionsDocument } from '../../gql/generated';
import { CreateUserForm } from '../admin-users/create-user-form';
import type { CreatedUser } from '../admin-users/create-user-form';
import { PasswordResetLinkPanel } from '../admin-users/password-reset-link-panel';

const ADMIN_ONLY = ['ADMIN' as const];

/** Super admin: the first admin of an agency, then the link to set their password. */
export function CreateAgencyAdminForm() {
  const { t } = useTranslation();
  const { data } = useQuery(AgencyOptionsDocument);
  const [agencyId, setAgencyId] = useState<string | null>(null);
  const [created, setCreated] = useState<{ agencyId: string; user: CreatedUser } | null>(null);
  const options = data?.agencies.edges.map(({ node }) => ({ value: node.id, label: node.name })) ?? [];

  if (created) {
    return (
      <Stack gap="md">
        <Alert color="green" variant="light" title={t('agencies.adminCreated', { name: created.user.fullName })}>
          {t('users.createdNextStep')}
        </Alert>
        <PasswordResetLinkPanel agencyId={created.agencyId} user={created.user} />
        <Button
          variant="default"
          onClick={() => {
            setCreated(null);
          }}
          style={{ alignSelf: 'flex-start' }}
        >
          {t('agencies.createAnotherAdmin')}
        </Button>
      </Stack>
    );
  }

  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        {t('agencies.adminIntro')}
      </Text>
      <Select
        label={t('admin.agency')}
        required
        searchable
        data={options}
        value={agencyId}
        onChange={setAgencyId}
        nothingFoundMessage={t('agencies.noAgencyFound')}
      />
      <CreateUserForm
        agencyId={agencyId}
        fixedRoles={ADMIN_ONLY}
        submitLabel={t('agencies.createAdmin')}
        onCreated={(user) => {
          if (agencyId) setCreated({ agencyId, user });
        }}
      />
    </Stack>
  );
}
