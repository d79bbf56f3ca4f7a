import { Injectable } from '@nestjs/common';
import {
  AgencyRepository,
  CourseCatalogueRepository,
  CourseCompletionRepository,
  EnrolmentRepository,
  UserRepository,
  type AgencyRecord,
  type CertificateRecord,
} from '@lentera/db';
import type { CertificateData } from './certificate-data';

/** What a certificate states about its agency, course and participant, read when it is signed. */
export interface CertificateSubject {
  agency: AgencyRecord;
  course: CertificateData['course'];
  participant: CertificateData['participant'];
  period: { start: Date; end: Date };
}

/**
 * Reads the facts a certificate carries from where they live: the participant's profile as it
 * is at signing (name with titles, NIP, rank, position), the course as the completion credited it
 * (JP and competency type copied at completion), the enrolment's start and the completion's date.
 * A manual issue without a completion takes the live course and today.
 */
@Injectable()
export class CertificateFactsReader {
  constructor(
    private readonly agencies: AgencyRepository,
    private readonly users: UserRepository,
    private readonly completions: CourseCompletionRepository,
    private readonly enrolments: EnrolmentRepository,
    private readonly courses: CourseCatalogueRepository,
  ) {}

  /** Null when something it needs is gone (the learner, the agency, the course): nothing to certify. */
  async subjectOf(certificate: CertificateRecord, now: Date): Promise<CertificateSubject | null> {
    const [agency, user, completion] = await Promise.all([
      this.agencies.findById(certificate.agencyId),
      this.users.findById(certificate.userId),
      certificate.completionId ? this.completions.findById(certificate.completionId) : this.completions.findByUserAndCourse(certificate.userId, certificate.courseId),
    ]);
    if (!agency || !user) return null;
    const enrolment = completion
      ? await this.enrolments.findById(completion.enrolmentId)
      : await this.enrolments.findByUserAndCourse(certificate.userId, certificate.courseId);
    let course: CertificateData['course'];
    if (completion) {
      course = { id: certificate.courseId, title: completion.courseTitle, jp: completion.jp, competencyType: completion.competencyType };
    } else {
      const live = await this.courses.findLiveById(certificate.courseId);
      if (!live) return null;
      course = { id: live.id, title: live.title, jp: live.jp, competencyType: live.competencyType };
    }
    const end = completion?.completedAt ?? now;
    return {
      agency,
      course,
      participant: {
        name: user.fullName,
        nip: user.nip,
        rankGrade: user.rankGrade,
        position: user.position,
        workUnit: user.workUnit,
        agencyOfOrigin: user.agencyOfOrigin,
      },
      period: { start: enrolment?.enrolledAt ?? enrolment?.createdAt ?? end, end },
    };
  }
}
