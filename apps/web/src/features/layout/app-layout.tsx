import { Anchor, AppShell, Container, Group, Text } from '@mantine/core';
import { Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router';
import { PageLoader } from '../../components/page-loader';
import { AccountMenu } from './account-menu';
import { LanguageSwitch } from './language-switch';
import classes from './app-layout.module.css';

export const MAIN_CONTENT_ID = 'main-content';

/** App shell: header (brand, language switch, account menu) and the routed page in <main>. */
export function AppLayout() {
  const { t } = useTranslation();
  const { pathname } = useLocation();

  // A new page starts at the top (BrowserRouter keeps the old scroll offset).
  useEffect(() => {
    window.scrollTo(0, 0);
  }, [pathname]);

  return (
    <AppShell header={{ height: 56 }} padding={0}>
      <a className={classes.skipLink} href={`#${MAIN_CONTENT_ID}`}>
        {t('app.skipToContent')}
      </a>
      <AppShell.Header>
        <Container size="lg" h="100%">
          <Group h="100%" justify="space-between" wrap="nowrap" gap="sm">
            <Group gap="xs" wrap="nowrap" miw={0}>
              <Anchor
                component={Link}
                to="/"
                aria-label={t('app.homeLink')}
                fw={800}
                fz="xl"
                c="indigo.8"
                underline="never"
              >
                {t('app.name')}
              </Anchor>
              <Text size="sm" c="dimmed" visibleFrom="xs" truncate>
                {t('app.tagline')}
              </Text>
            </Group>
            <Group gap="sm" wrap="nowrap">
              <LanguageSwitch />
              <AccountMenu />
            </Group>
          </Group>
        </Container>
      </AppShell.Header>
      <AppShell.Main id={MAIN_CONTENT_ID} tabIndex={-1} className={classes.main}>
        <Container size="lg" py={{ base: 'md', sm: 'xl' }} px={{ base: 'sm', sm: 'md' }}>
          {/* Pages behind a sign-in load on demand (React.lazy in app.tsx). */}
          <Suspense fallback={<PageLoader label={t('app.loadingPage')} />}>
            <Outlet />
          </Suspense>
        </Container>
      </AppShell.Main>
    </AppShell>
  );
}
