import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// The boundaries from STYLE.md, held by lint:
// only libs/db touches mongoose, only libs/config reads process.env, apps never import each other.
const appImports = {
  patterns: [
    {
      // A package name, a path through apps/, or a relative path into a sibling app's src.
      regex: '^@lentera/(api|worker|web)(/|$)|(^|/)apps/|^(\\.\\./)+(api|worker|web)/src(/|$)',
      message: 'Apps never import each other; share code through libs/.',
    },
  ],
};
const mongooseImports = {
  paths: [
    { name: 'mongoose', message: 'Only libs/db imports mongoose: add a repository method there.' },
    { name: '@nestjs/mongoose', message: 'Only libs/db imports @nestjs/mongoose: add a repository method there.' },
  ],
};
const scopeImports = {
  paths: [
    ...mongooseImports.paths,
    {
      name: '@lentera/db',
      importNames: ['grantAgencyScope'],
      message: 'Only the authorization layer grants agency scopes: use AgencyAccess.scope().',
    },
  ],
};
const processEnv = {
  selector: "MemberExpression[object.name='process'][property.name='env']",
  message: 'Only libs/config reads process.env: add the setting to its schema.',
};

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', '.lentera/**', 'coverage/**', 'apps/web/src/gql/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['apps/**/*.ts', 'apps/**/*.tsx', 'libs/**/*.ts'],
    ignores: ['libs/db/**', 'apps/api/src/auth/agency-access.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { ...appImports, ...scopeImports }] },
  },
  {
    files: ['apps/api/src/auth/agency-access.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { ...appImports, ...mongooseImports }] },
  },
  {
    files: ['libs/db/**/*.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', appImports] },
  },
  {
    files: ['apps/**/*.ts', 'apps/**/*.tsx', 'libs/**/*.ts'],
    ignores: ['libs/config/**'],
    rules: { 'no-restricted-syntax': ['error', processEnv] },
  },
  {
    files: ['apps/api/**/*.ts', 'apps/worker/**/*.ts', 'libs/**/*.ts'],
    rules: { 'no-console': 'error' },
  },
  {
    files: ['apps/web/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
);
