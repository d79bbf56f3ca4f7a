/** This feature's resolver classes, for the app's resolver list (graphql/resolvers.ts). */
export const quizResultsResolvers: Array<new (...args: never[]) => unknown> = [];
