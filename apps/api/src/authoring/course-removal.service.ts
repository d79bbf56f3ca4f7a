import { Injectable, Logger } from '@nestjs/common';
import { CourseAssetRepository, CourseRepository, EnrolmentRepository } from '@lentera/db';
import type { Actor } from '../auth/actor';
import { Permission } from '../auth/permissions';
import { CourseFileStore } from '../course-files/course-file.store';
import { VideoFileStore } from '../media/video-file.store';
import { CourseQuizzesService } from '../quiz-bank/course-quizzes.service';
import { AuthoringAccess } from './authoring-access';
import { courseHasEnrolments } from './authoring.errors';

/** Deleting a course: only one nobody ever enrolled in (else it is archived, so history stays). */
@Injectable()
export class CourseRemovalService {
  private readonly logger = new Logger(CourseRemovalService.name);

  constructor(
    private readonly courses: CourseRepository,
    private readonly enrolments: EnrolmentRepository,
    private readonly assets: CourseAssetRepository,
    private readonly files: CourseFileStore,
    private readonly videoFiles: VideoFileStore,
    private readonly authoring: AuthoringAccess,
    private readonly quizzes: CourseQuizzesService,
  ) {}

  /**
   * The course goes first, so no upload or edit can find it any more; then its outline rows
   * (inside CourseRepository.delete), asset records, quiz data (bank, attempts, answers,
   * gradings) and files. A crash in between leaves only rows nothing refers to.
   */
  async delete(actor: Actor, courseId: string): Promise<boolean> {
    const { scope } = await this.authoring.forChange(actor, courseId, Permission.PublishCourses);
    if (await this.enrolments.existsForCourse(courseId)) throw courseHasEnrolments();
    if (!(await this.courses.delete(scope, courseId))) return false;
    // Videos live in folders of their own (videos/<assetId>), not under the course's folder.
    const videos = await this.assets.findByCourse(courseId, 'video');
    await this.assets.deleteByCourse(courseId);
    await this.quizzes.deleteAllOfCourse(courseId);
    await this.files.removeCourse(courseId);
    await Promise.all(videos.map((video) => this.videoFiles.removeVideo(video.id)));
    this.logger.log({ courseId }, 'course deleted');
    return true;
  }
}
