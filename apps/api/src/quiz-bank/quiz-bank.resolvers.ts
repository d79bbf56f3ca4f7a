/** This feature's resolver classes, for the app's resolver list (graphql/resolvers.ts). */
export const quizBankResolvers: Array<new (...args: never[]) => unknown> = [];
