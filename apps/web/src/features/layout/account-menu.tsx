import { Avatar, Button, Menu, Skeleton, Text, UnstyledButton } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { canAccess } from '../auth/access';
import type { Access } from '../auth/access';
import { useAuthState } from '../auth/auth-context';
import type { SessionUser } from '../auth/auth-session';
import { useSignOut } from '../auth/use-sign-out';
import { PATHS, signInPath } from '../../lib/paths';
import { SignOutEverywhereModal } from './sign-out-everywhere-modal';
import { userInitials } from './user-initials';

/** Areas of the app, listed in the menu for the users who may open them. */
const AREAS: { access: Access; path: string; labelKey: 'learnerHome' | 'myCertificates' | 'jpLedger' | 'instructorHome' | 'adminHome' | 'agencies' }[] = [
  { access: 'learner', path: PATHS.learnerHome, labelKey: 'learnerHome' },
  { access: 'learner', path: PATHS.myCertificates, labelKey: 'myCertificates' },
  { access: 'learner', path: PATHS.jpLedger, labelKey: 'jpLedger' },
  { access: 'instructor', path: PATHS.instructorHome, labelKey: 'instructorHome' },
  { access: 'admin', path: PATHS.adminHome, labelKey: 'adminHome' },
  { access: 'superAdmin', path: PATHS.agencies, labelKey: 'agencies' },
];

/** Header corner: "Masuk" for visitors, the user's menu when signed in. */
export function AccountMenu() {
  const { t } = useTranslation();
  const state = useAuthState();
  const { pathname, search } = useLocation();

  if (state.status === 'loading') return <Skeleton height={30} width={72} radius="md" aria-hidden="true" />;
  if (state.status === 'signedIn') return <SignedInMenu user={state.user} />;
  if (pathname === PATHS.signIn) return null;
  // Back here after signing in; not to a password reset link (its token is single-use).
  const returnTo = pathname === PATHS.resetPassword ? undefined : `${pathname}${search}`;
  return (
    <Button component={Link} to={signInPath(returnTo)} size="compact-md">
      {t('account.signIn')}
    </Button>
  );
}

function SignedInMenu({ user }: { user: SessionUser }) {
  const { t } = useTranslation();
  const { signOut } = useSignOut();
  const [everywhereOpened, everywhere] = useDisclosure(false);
  const areas = AREAS.filter((area) => canAccess(user, area.access));

  return (
    <>
      <Menu position="bottom-end" width={260} withinPortal>
        <Menu.Target>
          <UnstyledButton
            aria-label={t('account.menuLabel', { name: user.fullName })}
            style={{ display: 'flex', alignItems: 'center', gap: 8, minWidth: 0, minHeight: 40 }}
          >
            <Avatar color="indigo" radius="xl" size={32} aria-hidden="true">
              {userInitials(user.fullName)}
            </Avatar>
            <Text size="sm" fw={600} visibleFrom="sm" truncate maw={200} aria-hidden="true">
              {user.fullName}
            </Text>
          </UnstyledButton>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Label>{user.fullName}</Menu.Label>
          {areas.map((area) => (
            <Menu.Item key={area.path} component={Link} to={area.path}>
              {t(`account.areas.${area.labelKey}`)}
            </Menu.Item>
          ))}
          <Menu.Item component={Link} to={PATHS.profile}>
            {t('account.profile')}
          </Menu.Item>
          <Menu.Divider />
          <Menu.Item onClick={() => void signOut()}>{t('account.signOut')}</Menu.Item>
          <Menu.Item color="red" onClick={everywhere.open}>
            {t('account.signOutEverywhere')}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <SignOutEverywhereModal opened={everywhereOpened} onClose={everywhere.close} />
    </>
  );
}
