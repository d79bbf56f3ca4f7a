import type { ApolloDriverConfig } from '@nestjs/apollo';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { AppConfig } from '@lentera/config';
import type { Request, Response } from 'express';
import { formatGraphqlError } from './format-error';
import type { GraphqlContext } from './graphql-context';
import type { LoaderFactory } from './loaders';

/** Limits every query inherits: deep nesting, alias floods and oversized documents are refused. */
const armor = new ApolloArmor({
  // Depth of the selection itself: a fragment spread is not a level of nesting.
  maxDepth: { n: 10, flattenFragments: true },
  maxAliases: { n: 15 },
  maxDirectives: { n: 20 },
  // Off: its parse hook turns a syntax error into a 500 (graphql-armor#571, #751). Document
  // size is bounded by the JSON body limit instead, and depth, aliases and cost below.
  maxTokens: { enabled: false },
  costLimit: { maxCost: 5_000 },
});

export function graphqlOptions(config: AppConfig, loaders: LoaderFactory): ApolloDriverConfig {
  const protection = armor.protect();
  return {
    path: '/graphql',
    autoSchemaFile: true,
    sortSchema: true,
    playground: false,
    introspection: !config.isProduction,
    includeStacktraceInErrorResponses: false,
    // Apollo Server 5 would otherwise hint at field names, which maps the schema for strangers.
    hideSchemaDetailsFromClientErrors: config.isProduction,
    plugins: [...protection.plugins],
    validationRules: [...protection.validationRules],
    formatError: formatGraphqlError,
    context: ({ req, res }: { req: Request; res: Response }): GraphqlContext => ({ req, res, loaders: loaders.create() }),
  };
}
