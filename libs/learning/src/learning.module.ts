import { Module } from '@nestjs/common';
import { CourseProgressService } from './course-progress.service';

/** Progress and completion, for the API and the worker; the repositories come from the global DatabaseModule. */
@Module({ providers: [CourseProgressService], exports: [CourseProgressService] })
export class LearningModule {}
