import 'i18next';
import type { Translation } from './resources/id';

// Type-checked translation keys: t('catalogue.title') compiles, typos do not.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: {
      translation: Translation;
    };
  }
}
