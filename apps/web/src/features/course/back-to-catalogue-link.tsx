import { Anchor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export function BackToCatalogueLink() {
  const { t } = useTranslation();
  return (
    <Anchor component={Link} to="/" size="sm">
      <span aria-hidden="true">← </span>
      {t('outline.backToCatalogue')}
    </Anchor>
  );
}
