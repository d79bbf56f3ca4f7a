export { LoggingModule } from './logging.module';
export { createBootLogger, createLoggerOptions } from './logger-options';
export { Logger } from 'nestjs-pino';
