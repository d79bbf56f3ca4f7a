import { Test, type TestingModule } from '@nestjs/testing';
import { isolatedConfig, type IsolatedConfig } from '@lentera/test-support';
import { AgencyRepository } from '../agency/agency.repository';
import { DatabaseModule } from '../connection/database.module';
import { DatabaseSetup } from '../connection/database-setup';
import { ErrorCode } from '@lentera/errors';
import { grantAgencyScope } from '../tenancy/agency-scope';
import { CourseModuleRepository } from './course-module.repository';
import { DRAFT_VERSION } from './course-module.schema';
import { CourseCatalogueRepository } from './course-catalogue.repository';
import { CourseRepository } from './course.repository';
import { LessonRepository } from './lesson.repository';

describe('CourseRepository on the real database', () => {
  let isolated: IsolatedConfig;
  let module: TestingModule;
  let courses: CourseRepository;
  let agencyId: string;

  beforeAll(async () => {
    isolated = isolatedConfig('course-repo');
    module = await Test.createTestingModule({ imports: [DatabaseModule.forRoot(isolated.config)] }).compile();
    await module.init();
    await module.get(DatabaseSetup).ensureIndexes();
    courses = module.get(CourseRepository);
    agencyId = (await module.get(AgencyRepository).create({ code: 'bpsdm-x', name: 'BPSDM X', kind: 'regional' })).id;
  });

  afterAll(async () => {
    await module?.close();
    await isolated?.cleanup();
  });

  // Catalogue reads (paging, drafts never listed) are CourseCatalogueRepository's: see its spec.

  describe('drafts, revisions and publication', () => {
    const creatorId = '0123456789abcdef01234567';
    const scope = () => grantAgencyScope(agencyId);
    const draftOf = (courseId: string) => ({ courseId, version: DRAFT_VERSION });

    async function draftWithOutline(title: string) {
      const course = await courses.create({ agencyId, createdBy: creatorId, title, summary: 'Pelayanan prima', competencyType: 'teknis', level: 'dasar', jp: 3 });
      const [module] = await rows().modules.createMany([{ ...draftOf(course.id), title: 'Modul A', position: 0 }]);
      await rows().lessons.createMany([
        { ...draftOf(course.id), moduleId: module.id, title: 'Satu', kind: 'text', position: 0, bodyHtml: '<p>satu</p>' },
        { ...draftOf(course.id), moduleId: module.id, title: 'Dua', kind: 'text', position: 1, bodyHtml: '<p>dua</p>' },
      ]);
      return { course, module };
    }

    function rows() {
      return { modules: module.get(CourseModuleRepository), lessons: module.get(LessonRepository) };
    }

    it('creates a draft at revision 1 with its creator as instructor', async () => {
      const course = await courses.create({ agencyId, createdBy: creatorId, title: 'Baru', summary: 'Ringkasan', competencyType: 'teknis', level: 'dasar', jp: 1 });
      expect(course).toMatchObject({ status: 'draft', revision: 1, publishedVersion: 0, publishedRevision: null, live: null, instructorIds: [creatorId] });
      expect(course).toMatchObject({ enrolmentPolicy: 'open', language: 'id', tags: [], learningOutcomes: [], enrolmentCount: 0 });
    });

    it('changes details only from the current revision; a stale one gets CONFLICT and changes nothing', async () => {
      const { course } = await draftWithOutline('Revisi');
      const changed = await courses.updateDetails(scope(), course.id, 1, { title: 'Revisi dua', estimatedMinutes: 30 });
      expect(changed).toMatchObject({ title: 'Revisi dua', estimatedMinutes: 30, revision: 2 });
      await expect(courses.updateDetails(scope(), course.id, 1, { title: 'Basi' })).rejects.toMatchObject({ code: ErrorCode.Conflict });
      await expect(courses.bumpRevision(scope(), course.id, 1)).rejects.toMatchObject({ code: ErrorCode.Conflict });
      expect(await courses.findById(course.id)).toMatchObject({ title: 'Revisi dua', revision: 2 });
      const cleared = await courses.updateDetails(scope(), course.id, 2, { estimatedMinutes: null });
      expect(cleared.estimatedMinutes).toBeNull();
      // Another agency's scope does not reach the course.
      await expect(courses.updateDetails(grantAgencyScope(creatorId), course.id, 3, { title: 'Asing' })).rejects.toMatchObject({ code: ErrorCode.Conflict });
    });

    it('publishes by copying the draft into a new version, then switching to it', async () => {
      const { course } = await draftWithOutline('Pelayanan Publik Ñusantara');
      const published = await courses.publish(course.id, new Date('2026-03-01T00:00:00Z'), 1);
      expect(published).toMatchObject({ status: 'published', publishedVersion: 1, publishedRevision: 1, revision: 1 });
      expect(published.live).toMatchObject({ title: 'Pelayanan Publik Ñusantara', titleSort: 'pelayanan publik nusantara', searchText: 'pelayanan publik nusantara pelayanan prima' });
      expect(published.publishedAt).toEqual(new Date('2026-03-01T00:00:00Z'));
      const v1 = await rows().lessons.findByCourseVersions([{ courseId: course.id, version: 1 }]);
      const draft = await rows().lessons.findByCourseVersions([draftOf(course.id)]);
      expect(v1.map((lesson) => lesson.id)).toEqual(draft.map((lesson) => lesson.id));
      expect((await rows().lessons.findContent({ courseId: course.id, version: 1 }, v1[0].id))?.bodyHtml).toBe('<p>satu</p>');

      // An edit goes to the draft; learners keep version 1 until the next publication.
      await courses.updateDetails(scope(), course.id, 1, { title: 'Judul baru' });
      await rows().lessons.updateDraft(course.id, v1[0].id, { title: 'Satu (baru)' });
      const edited = (await courses.findById(course.id))!;
      expect(edited).toMatchObject({ title: 'Judul baru', revision: 2, publishedRevision: 1, publishedVersion: 1 });
      expect(edited.live?.title).toBe('Pelayanan Publik Ñusantara');
      expect((await rows().lessons.findByCourseVersions([{ courseId: course.id, version: 1 }]))[0].title).toBe('Satu');

      await expect(courses.publish(course.id, new Date(), 1)).rejects.toMatchObject({ code: ErrorCode.Conflict });
      const second = await courses.publish(course.id, new Date('2026-04-01T00:00:00Z'), 2);
      expect(second).toMatchObject({ publishedVersion: 2, publishedRevision: 2, live: expect.objectContaining({ title: 'Judul baru' }) });
      expect(second.publishedAt).toEqual(new Date('2026-03-01T00:00:00Z'));
      expect(second.lastPublishedAt).toEqual(new Date('2026-04-01T00:00:00Z'));
      expect((await rows().lessons.findByCourseVersions([{ courseId: course.id, version: 2 }]))[0].title).toBe('Satu (baru)');
      // Version 1 stays for readers in the middle of a request; the one after removes it.
      expect(await rows().lessons.countInVersion({ courseId: course.id, version: 1 })).toBe(2);
      await courses.updateDetails(scope(), course.id, 2, { summary: 'Ringkasan tiga' });
      await courses.publish(course.id, new Date(), 3);
      expect(await rows().lessons.countInVersion({ courseId: course.id, version: 1 })).toBe(0);
      expect(await rows().modules.findByCourseVersions([{ courseId: course.id, version: 1 }])).toEqual([]);
      expect(await rows().lessons.countInVersion({ courseId: course.id, version: 2 })).toBe(2);
      expect(await rows().lessons.countInVersion(draftOf(course.id))).toBe(2);
    });

    it('completes a publication that failed half-way, and publishing a live revision again changes nothing', async () => {
      const { course, module: draftModule } = await draftWithOutline('Percobaan ulang');
      // What an interrupted attempt left: part of version 1, never switched to.
      await rows().modules.createMany([{ courseId: course.id, version: 1, moduleId: draftModule.id, title: 'Modul A', position: 0 }]);
      const published = await courses.publish(course.id, new Date(), 1);
      expect(published.publishedVersion).toBe(1);
      expect(await rows().modules.findByCourseVersions([{ courseId: course.id, version: 1 }])).toHaveLength(1);
      expect(await rows().lessons.countInVersion({ courseId: course.id, version: 1 })).toBe(2);

      const again = await courses.publish(course.id, new Date(), 1);
      expect(again).toMatchObject({ publishedVersion: 1, revision: 1 });
      expect(await rows().lessons.countInVersion({ courseId: course.id, version: 2 })).toBe(0);
    });

    it('lists an agency\'s courses in every status, archives and deletes with every version', async () => {
      const { course } = await draftWithOutline('Untuk dihapus');
      await courses.publish(course.id, new Date(), 1);
      const listed = await courses.listInAgency(scope(), { limit: 100, status: 'published' });
      expect(listed.map((record) => record.id)).toContain(course.id);
      expect(await courses.countInAgency(scope(), 'draft')).toBeGreaterThan(0);
      expect(await courses.listInAgency(grantAgencyScope(creatorId), { limit: 10 })).toEqual([]);

      const archived = await courses.archive(scope(), course.id, new Date());
      expect(archived).toMatchObject({ status: 'archived', publishedVersion: 1 });
      expect((await module.get(CourseCatalogueRepository).findLiveById(course.id))?.status).toBe('archived');
      const catalogue = await module.get(CourseCatalogueRepository).list({ filter: {}, order: 'newest', limit: 50 });
      expect(catalogue.map((record) => record.id)).not.toContain(course.id);

      expect(await courses.delete(grantAgencyScope(creatorId), course.id)).toBe(false);
      expect(await courses.delete(scope(), course.id)).toBe(true);
      expect(await courses.findById(course.id)).toBeNull();
      expect(await rows().lessons.countInVersion(draftOf(course.id))).toBe(0);
      expect(await rows().lessons.countInVersion({ courseId: course.id, version: 1 })).toBe(0);
    });
  });
});
