export { DomainError, ErrorCode, ServiceUnavailableError } from './domain-error';
export type { LocalizedMessage } from './domain-error';
