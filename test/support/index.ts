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
export { DEMO_PASSWORD, graphql, graphqlAs, health, signInThroughApi, type GraphqlResponse } from './http';
export { launchBrowser, signInThroughPage } from './browser';
export { startStack, type RunningStack } from './stack';
export { buildPersonnelCsv, personnelCsvLine, validNip, testAgencyScope, PERSONNEL_CSV_HEADER, type PersonnelCsvRow } from './personnel-csv';
export { buildCourse, type BuiltCourse, type CourseSpec, type LessonSpec, type RepositorySource } from './course-builder';
export { KEY_MARKERS, correctAnswerOf, oneOfEachType, questionContent, type QuestionSpec } from './quiz-samples';
export {
  buildZip,
  buildDocx,
  buildOpenDocument,
  buildPdf,
  buildPng,
  buildJpegHeader,
  buildCompoundFile,
  buildWindowsExecutable,
  buildElfExecutable,
  type ZipEntryInput,
} from './sample-files';
