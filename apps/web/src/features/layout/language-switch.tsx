import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { SUPPORTED_LANGUAGES, changeLanguage, currentLanguage } from '../../i18n/i18n';
import type { SupportedLanguage } from '../../i18n/i18n';

const SHORT_LABELS: Record<SupportedLanguage, string> = { id: 'ID', en: 'EN' };

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const active = currentLanguage(i18n.resolvedLanguage);

  const handleSelect = (language: SupportedLanguage) => {
    if (language !== active) void changeLanguage(language);
  };

  return (
    <Button.Group aria-label={t('language.label')}>
      {SUPPORTED_LANGUAGES.map((language) => (
        <Button
          key={language}
          size="compact-sm"
          variant={language === active ? 'filled' : 'default'}
          aria-pressed={language === active}
          lang={language}
          title={t(`language.${language}`)}
          onClick={() => {
            handleSelect(language);
          }}
        >
          {SHORT_LABELS[language]}
        </Button>
      ))}
    </Button.Group>
  );
}
