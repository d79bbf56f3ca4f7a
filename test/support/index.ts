export { isolatedConfig, withDatabase, eventually, type IsolatedConfig } from './test-config';
