import { Module } from '@nestjs/common';

/** Services of this feature; its resolvers are listed in quiz-attempts.resolvers.ts (the app provides them). */
@Module({
  providers: [],
  exports: [],
})
export class QuizAttemptsModule {}
