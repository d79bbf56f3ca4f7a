export { ConfigModule, APP_CONFIG } from './config.module';
export { loadConfig, ConfigError } from './load-config';
export type { AppConfig } from './config.schema';
