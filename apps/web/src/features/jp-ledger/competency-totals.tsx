import { Box, Paper, SimpleGrid, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CompetencyType, JpLedgerSummaryFragment } from '../../gql/generated';
import { currentLanguage } from '../../i18n/i18n';
import { formatJp } from '../certificates/certificate-format';

const TOTAL_OF: Record<CompetencyType, keyof Omit<JpLedgerSummaryFragment['totalsByCompetency'], '__typename'>> = {
  TEKNIS: 'teknis',
  MANAJERIAL: 'manajerial',
  SOSIAL_KULTURAL: 'sosialKultural',
};

/** The JP counted per competency type of PP 11/2017 (Teknis, Manajerial, Sosial Kultural). */
export function CompetencyTotals({ totals }: { totals: JpLedgerSummaryFragment['totalsByCompetency'] }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n.resolvedLanguage);
  return (
    <Box component="section" aria-labelledby="jp-totals-heading">
      <Title order={2} size="h4" id="jp-totals-heading" mb="xs">
        {t('jpLedger.totals.heading')}
      </Title>
      <SimpleGrid cols={3} spacing="xs" component="dl" m={0}>
        {(Object.keys(TOTAL_OF) as CompetencyType[]).map((type) => (
          <Paper key={type} withBorder radius="md" p="xs" data-testid={`jp-total-${type}`} data-jp={totals[TOTAL_OF[type]]}>
            <Text component="dt" size="xs" c="dimmed" lh={1.3}>
              {t(`competencyType.${type}`)}
            </Text>
            <Text component="dd" m={0} fw={700} size="lg">
              {t('course.jp', { jp: formatJp(totals[TOTAL_OF[type]], language) })}
            </Text>
          </Paper>
        ))}
      </SimpleGrid>
    </Box>
  );
}
