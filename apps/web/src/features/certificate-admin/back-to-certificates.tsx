import { Anchor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PATHS } from '../../lib/paths';

/** "← Sertifikat": back to the agency's certificate list, on the same agency. */
export function BackToCertificates({ agencyId }: { agencyId: string | undefined }) {
  const { t } = useTranslation();
  const to = agencyId ? `${PATHS.adminCertificates}?instansi=${encodeURIComponent(agencyId)}` : PATHS.adminCertificates;
  return (
    <Anchor component={Link} to={to} size="sm">
      ← {t('certificateAdmin.backToCertificates')}
    </Anchor>
  );
}
