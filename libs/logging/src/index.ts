export { LoggingModule } from './logging.module';
export { createBootLogger, createLoggerOptions } from './logger-options';
export { Logger, PinoLogger, InjectPinoLogger } from 'nestjs-pino';
