import { Anchor, Paper, Skeleton, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PATHS } from '../../lib/paths';
import { JpProgress } from './jp-progress';
import { jakartaYear } from '../../lib/jp-year';
import { useMyJpLedger } from './use-my-jp-ledger';

/** The home page's glance at this year's JP, linking to "JP saya". */
export function JpProgressCard() {
  const { t } = useTranslation();
  const year = jakartaYear();
  const { ledger, isLoading, error } = useMyJpLedger(year);

  return (
    <Paper component="section" withBorder radius="md" p="md" aria-labelledby="home-jp-heading" data-testid="home-jp-card">
      <Title order={2} size="h4" id="home-jp-heading" mb="xs">
        {t('jpLedger.home.heading', { year })}
      </Title>
      {error ? (
        <Text size="sm" c="red.8">
          {t('jpLedger.home.loadError')}
        </Text>
      ) : isLoading || !ledger ? (
        <Skeleton height={64} radius="md" aria-hidden="true" />
      ) : (
        <JpProgress summary={ledger} size="md" />
      )}
      <Anchor component={Link} to={PATHS.jpLedger} size="sm" mt="xs" display="inline-block">
        {t('jpLedger.home.open')}
      </Anchor>
    </Paper>
  );
}
