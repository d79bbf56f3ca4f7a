/**
 * A text shown to people: Bahasa Indonesia first (`id`), English alongside (`en`).
 * Same shape as `LocalizedMessage` in @lentera/errors, so callers can hand it to a DomainError
 * as is; declared here so this library has no dependencies.
 */
export interface LocalizedMessage {
  id: string;
  en: string;
}
