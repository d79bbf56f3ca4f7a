import type { AgencyRecord, AgencyRepository, CourseCatalogueRepository } from '@lentera/db';
import { CatalogueService } from './catalogue.service';

function agency(id: string, name: string): AgencyRecord {
  return { id, code: id.toUpperCase(), name, kind: 'regional', region: null };
}

function serviceWith(counts: Record<string, number>, agencies: AgencyRecord[]) {
  const catalogue = {
    countPublishedByAgency: jest.fn(async () => Object.entries(counts).map(([agencyId, publishedCourseCount]) => ({ agencyId, publishedCourseCount }))),
  };
  const agencyRepository = { findByIds: jest.fn(async (ids: readonly string[]) => agencies.filter((record) => ids.includes(record.id))) };
  const service = new CatalogueService(catalogue as unknown as CourseCatalogueRepository, agencyRepository as unknown as AgencyRepository);
  return { service, agencyRepository };
}

describe('CatalogueService.listAgencies', () => {
  it('sorts by name ignoring case and accents, then by id', async () => {
    const { service } = serviceWith({ a: 3, b: 1, c: 2, d: 5, e: 4 }, [
      agency('a', 'Pusdiklat Kemendagri'),
      agency('b', 'BPSDM Jawa Timur'),
      agency('c', 'badan Kepegawaian'),
      agency('e', 'Éka Widya'),
      agency('d', 'BPSDM Jawa Timur'),
    ]);
    const listed = await service.listAgencies();
    expect(listed.map((entry) => [entry.agency.id, entry.agency.name, entry.publishedCourseCount])).toEqual([
      ['c', 'badan Kepegawaian', 2],
      ['b', 'BPSDM Jawa Timur', 1],
      ['d', 'BPSDM Jawa Timur', 5],
      ['e', 'Éka Widya', 4],
      ['a', 'Pusdiklat Kemendagri', 3],
    ]);
    expect(listed[0].agency).toEqual({ id: 'c', code: 'C', name: 'badan Kepegawaian', kind: 'regional', region: null });
  });

  it('loads the agencies in one call and leaves out one whose record is gone', async () => {
    const { service, agencyRepository } = serviceWith({ a: 1, gone: 2 }, [agency('a', 'BPSDM A')]);
    expect((await service.listAgencies()).map((entry) => entry.agency.id)).toEqual(['a']);
    expect(agencyRepository.findByIds).toHaveBeenCalledTimes(1);
    expect(agencyRepository.findByIds).toHaveBeenCalledWith(['a', 'gone']);
  });

  it('reads no agency when nothing is published', async () => {
    const { service, agencyRepository } = serviceWith({}, []);
    expect(await service.listAgencies()).toEqual([]);
    expect(agencyRepository.findByIds).not.toHaveBeenCalled();
  });
});
