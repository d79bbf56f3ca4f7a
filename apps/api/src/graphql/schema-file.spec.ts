import { readFileSync } from 'node:fs';
import { buildSchemaSdl, schemaFilePath } from './print-schema';

describe('apps/api/schema.gql', () => {
  // The web app's typed operations are generated from this file, so it must match the code.
  it('matches the schema the resolvers build (run "pnpm --filter @lentera/api schema" after changing them)', async () => {
    expect(readFileSync(schemaFilePath, 'utf8')).toBe(await buildSchemaSdl());
  });
});
