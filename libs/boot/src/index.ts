export { prepareProcess, exitWithReason, describeStartupError, type PreparedProcess } from './prepare-process';
