export * from './canonical-json';
export * from './certificate-number';
export * from './signature';
export * from './signing-key';
export * from './verification-code';
