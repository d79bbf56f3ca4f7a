// Three tiers (see README): unit specs next to the code, integration specs against the real
// FerretDB and Redis, end-to-end specs in test/ against the built apps and a real browser.
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
      target: 'es2022',
      keepClassNames: true,
    },
    module: { type: 'commonjs' },
  },
];

/**
 * @tus/server and @tus/file-store (with @tus/utils and srvx) ship ESM only. Node ≥ 20.19 can
 * require() them, but jest's module system cannot: they are compiled to CommonJS like our code.
 * pnpm puts them under node_modules/.pnpm/<name>@<version>/node_modules/<name>/, so both
 * `/node_modules/` in such a path must be let through.
 */
const ESM_ONLY_PACKAGES = ['@tus/', '@tus\\+', 'srvx'];
const ignoreNodeModulesExcept = `/node_modules/(?!(\\.pnpm/)?(${ESM_ONLY_PACKAGES.join('|')}))`;

const common = {
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': swc, '^.+\\.m?js$': swc },
  transformIgnorePatterns: [ignoreNodeModulesExcept],
  moduleNameMapper: {
    '^@lentera/test-support$': '<rootDir>/test/support/index.ts',
    '^@lentera/(config|errors|logging|db|jobs|boot|asn|learning|media|quiz|certificates)$': '<rootDir>/libs/$1/src/index.ts',
  },
  modulePathIgnorePatterns: ['<rootDir>/apps/[^/]+/dist/', '<rootDir>/libs/[^/]+/dist/'],
};

/** @type {import('jest').Config} */
module.exports = {
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/{apps,libs,docker}/**/*.spec.ts', '<rootDir>/test/lint/**/*.spec.ts'] },
    {
      ...common,
      displayName: 'integration',
      testMatch: ['<rootDir>/{apps,libs}/**/*.int-spec.ts'],
      setupFilesAfterEnv: ['<rootDir>/test/support/jest/integration-timeout.ts'],
    },
    {
      ...common,
      displayName: 'e2e',
      testMatch: ['<rootDir>/test/**/*.e2e-spec.ts'],
      setupFilesAfterEnv: ['<rootDir>/test/support/jest/e2e-timeout.ts'],
    },
  ],
};
