import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './resources/en';
import { id } from './resources/id';

export const SUPPORTED_LANGUAGES = ['id', 'en'] as const;
export type SupportedLanguage = (typeof SUPPORTED_LANGUAGES)[number];

/** Bahasa Indonesia first: used when nothing (valid) was chosen before. */
export const DEFAULT_LANGUAGE: SupportedLanguage = 'id';

const STORAGE_KEY = 'lentera.language';

export function isSupportedLanguage(value: unknown): value is SupportedLanguage {
  return typeof value === 'string' && (SUPPORTED_LANGUAGES as readonly string[]).includes(value);
}

function readStoredLanguage(): SupportedLanguage {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    return isSupportedLanguage(stored) ? stored : DEFAULT_LANGUAGE;
  } catch {
    // Storage can be unavailable (privacy mode, disabled cookies).
    return DEFAULT_LANGUAGE;
  }
}

function persistLanguage(language: SupportedLanguage): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Not fatal: the choice just won't survive a reload.
  }
}

function applyDocumentLanguage(language: string): void {
  document.documentElement.lang = language;
}

export const i18n = i18next.createInstance();

// Keep <html lang> in sync (screen readers, hyphenation, translation tools).
i18n.on('languageChanged', applyDocumentLanguage);

void i18n.use(initReactI18next).init({
  resources: {
    id: { translation: id },
    en: { translation: en },
  },
  lng: readStoredLanguage(),
  fallbackLng: DEFAULT_LANGUAGE,
  supportedLngs: SUPPORTED_LANGUAGES,
  // Resources are bundled, so initialise synchronously: no flash of keys.
  initAsync: false,
  interpolation: {
    // React already escapes rendered strings.
    escapeValue: false,
  },
  returnNull: false,
});

/** Switch language on the user's request and remember the choice. */
export async function changeLanguage(language: SupportedLanguage): Promise<void> {
  persistLanguage(language);
  await i18n.changeLanguage(language);
}

/** The active language, narrowed to the ones the app ships. */
export function currentLanguage(language: string | undefined = i18n.resolvedLanguage): SupportedLanguage {
  return isSupportedLanguage(language) ? language : DEFAULT_LANGUAGE;
}
