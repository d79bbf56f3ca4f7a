import { Alert, Box, Button, Group, Stack, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MyProfileDocument } from '../../gql/generated';
import { useSignedInUser } from '../auth/auth-context';
import { ChangePasswordForm } from './change-password-form';
import { ProfileDetails, ProfileMemberships } from './profile-details';
import { ProfileEditForm } from './profile-edit-form';

/** The signed-in user's profile (`/profil`). */
export function ProfilePage() {
  const { t } = useTranslation();
  const sessionUser = useSignedInUser();
  // The session's copy shows at once; `me` brings any change made elsewhere.
  const { data } = useQuery(MyProfileDocument, { fetchPolicy: 'cache-and-network' });
  const user = data?.me ?? sessionUser;
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  useDocumentTitle(`${t('profile.title')} · ${t('app.name')}`);

  return (
    <Stack gap="xl">
      <Title order={1}>{t('profile.title')}</Title>

      <Box component="section" aria-labelledby="profile-details-heading">
        <Group justify="space-between" mb="sm" gap="xs">
          <Title order={2} size="h3" id="profile-details-heading">
            {t('profile.detailsTitle')}
          </Title>
          {!editing && (
            <Button
              variant="light"
              size="compact-md"
              onClick={() => {
                setSaved(false);
                setEditing(true);
              }}
            >
              {t('profile.edit')}
            </Button>
          )}
        </Group>
        {saved && (
          <Alert color="green" variant="light" mb="sm">
            {t('profile.saved')}
          </Alert>
        )}
        {editing ? (
          <ProfileEditForm
            user={user}
            onDone={(didSave) => {
              setSaved(didSave);
              setEditing(false);
            }}
          />
        ) : (
          <ProfileDetails user={user} />
        )}
      </Box>

      <Box component="section" aria-labelledby="profile-roles-heading">
        <Title order={2} size="h3" id="profile-roles-heading" mb="sm">
          {t('profile.rolesTitle')}
        </Title>
        <ProfileMemberships user={user} />
      </Box>

      <Box component="section" aria-labelledby="profile-password-heading">
        <Title order={2} size="h3" id="profile-password-heading" mb="sm">
          {t('profile.passwordTitle')}
        </Title>
        <ChangePasswordForm />
      </Box>
    </Stack>
  );
}
