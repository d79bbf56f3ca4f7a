export { isolatedConfig, withDatabase, eventually, type IsolatedConfig } from './test-config';
export {
  startLenteraApp,
  startRedis,
  startFerretDb,
  freePort,
  portPreferring,
  temporaryDirectory,
  repoRoot,
  type RunningProcess,
} from './processes';
export { graphql, health, type GraphqlResponse } from './http';
export { launchBrowser } from './browser';
export { startStack, type RunningStack } from './stack';
export { buildPersonnelCsv, personnelCsvLine, validNip, testAgencyScope, PERSONNEL_CSV_HEADER, type PersonnelCsvRow } from './personnel-csv';
