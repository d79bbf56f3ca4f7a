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
