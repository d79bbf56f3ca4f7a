import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaBuilderModule, GraphQLSchemaFactory } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { resolvers } from './resolvers';

export const schemaFilePath = join(__dirname, '..', '..', 'schema.gql');

/** The schema as SDL, built from the resolver classes (no database, no server). */
export async function buildSchemaSdl(): Promise<string> {
  const app = await NestFactory.create(GraphQLSchemaBuilderModule, { logger: false });
  await app.init();
  try {
    const schema = await app.get(GraphQLSchemaFactory).create(resolvers);
    return `${printSchema(lexicographicSortSchema(schema))}\n`;
  } finally {
    await app.close();
  }
}

// `node dist/graphql/print-schema.js` rewrites apps/api/schema.gql, which the web app's codegen reads.
if (require.main === module) {
  buildSchemaSdl()
    .then((sdl) => writeFileSync(schemaFilePath, sdl))
    .catch((error: unknown) => {
      process.stderr.write(`✖ could not print the schema: ${String(error)}\n`);
      process.exit(1);
    });
}
