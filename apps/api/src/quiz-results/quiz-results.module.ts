import { Module } from '@nestjs/common';

/** Services of this feature; its resolvers are listed in quiz-results.resolvers.ts (the app provides them). */
@Module({
  providers: [],
  exports: [],
})
export class QuizResultsModule {}
