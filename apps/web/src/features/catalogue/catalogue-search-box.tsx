import { TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

const SEARCH_DELAY_MS = 400;

export interface CatalogueSearchBoxProps {
  /** The search in the address bar. */
  value: string;
  onSearch: (search: string) => void;
}

const searchIcon = (
  <svg width="18" height="18" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" aria-hidden="true">
    <circle cx="11" cy="11" r="7" />
    <path d="M20 20l-4-4" strokeLinecap="round" />
  </svg>
);

/** The search field: searches as the user pauses typing, at once on Enter. */
export function CatalogueSearchBox({ value, onSearch }: CatalogueSearchBoxProps) {
  const { t } = useTranslation();
  const [text, setText] = useState(value);
  const [shownValue, setShownValue] = useState(value);
  const debouncedSearch = useDebouncedCallback((next: string) => {
    onSearch(next.trim());
  }, SEARCH_DELAY_MS);

  // The address bar changed without typing (filters cleared, back button): show its search.
  if (value !== shownValue) {
    setShownValue(value);
    if (value !== text.trim() && !debouncedSearch.isPending()) setText(value);
  }

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    debouncedSearch.flush();
    if (text.trim() !== value) onSearch(text.trim());
  };

  return (
    <form role="search" onSubmit={handleSubmit}>
      <TextInput
        type="search"
        size="md"
        label={t('learning.catalogue.searchLabel')}
        placeholder={t('learning.catalogue.searchPlaceholder')}
        leftSection={searchIcon}
        enterKeyHint="search"
        autoComplete="off"
        value={text}
        onChange={(event) => {
          setText(event.currentTarget.value);
          debouncedSearch(event.currentTarget.value);
        }}
      />
    </form>
  );
}
