import { Injectable } from '@nestjs/common';
import {
  AgencyRepository,
  CourseCatalogueRepository,
  isValidId,
  type CatalogueFilter,
  type CatalogueOrder,
  type CompetencyType as StoredCompetencyType,
  type CourseLevel as StoredCourseLevel,
} from '@lentera/db';
import { DomainError, ErrorCode } from '@lentera/errors';
import { assertPageSize } from '../graphql/pagination';
import { decodeCatalogueCursor, encodeCatalogueCursor } from './catalogue-cursor';
import type { CatalogueAgencyModel } from './catalogue-agency.model';
import type { CatalogueFilterInput } from './catalogue-filter.input';
import { CatalogueSort, CompetencyType, CourseLevel, type CourseConnection, type CourseModel } from './course.model';
import { toAgencyModel, toCourseModel } from './course.mapper';

export const MAX_SEARCH_LENGTH = 100;

export interface CataloguePageArgs {
  first: number;
  after?: string | null;
  filter?: CatalogueFilterInput | null;
  sort: CatalogueSort;
}

const orders: Record<CatalogueSort, CatalogueOrder> = {
  [CatalogueSort.NEWEST]: 'newest',
  [CatalogueSort.POPULAR]: 'popular',
  [CatalogueSort.TITLE]: 'title',
};

const competencyTypes: Record<CompetencyType, StoredCompetencyType> = {
  [CompetencyType.TEKNIS]: 'teknis',
  [CompetencyType.MANAJERIAL]: 'manajerial',
  [CompetencyType.SOSIAL_KULTURAL]: 'sosial_kultural',
};

const courseLevels: Record<CourseLevel, StoredCourseLevel> = {
  [CourseLevel.DASAR]: 'dasar',
  [CourseLevel.MENENGAH]: 'menengah',
  [CourseLevel.LANJUT]: 'lanjut',
};

/** Agency names in Indonesian order, ignoring case and accents (a plain `<` puts "BPSDM" before "Badan"). */
const agencyNameOrder = new Intl.Collator('id', { sensitivity: 'base', numeric: true });

/** The catalogue: published courses for anyone, from every agency (the catalogue is shared). */
@Injectable()
export class CatalogueService {
  constructor(
    private readonly catalogue: CourseCatalogueRepository,
    private readonly agencies: AgencyRepository,
  ) {}

  /** One page of published courses matching the filter, in the chosen order. */
  async listPublished(args: CataloguePageArgs): Promise<CourseConnection> {
    assertPageSize(args.first);
    const order = orders[args.sort];
    const filter = toCatalogueFilter(args.filter);
    const after = args.after ? decodeCatalogueCursor(args.after, order) : undefined;
    // One extra row tells whether another page exists without a second query.
    const [records, totalCount] = await Promise.all([
      this.catalogue.list({ filter, order, limit: args.first + 1, after }),
      this.catalogue.count(filter),
    ]);
    const edges = records.slice(0, args.first).map((record) => ({ cursor: encodeCatalogueCursor(record, order), node: toCourseModel(record) }));
    return { edges, pageInfo: { hasNextPage: records.length > args.first, endCursor: edges.at(-1)?.cursor ?? null }, totalCount };
  }

  /**
   * The agencies that have published courses, with how many, by name: the choices of the agency
   * filter. Not paginated: it is bounded by the agencies on the deployment (tens, not thousands),
   * and a filter needs all of them. Two queries whatever the number of agencies.
   */
  async listAgencies(): Promise<CatalogueAgencyModel[]> {
    const counts = await this.catalogue.countPublishedByAgency();
    if (counts.length === 0) return [];
    const countByAgency = new Map(counts.map((count) => [count.agencyId, count.publishedCourseCount]));
    // An agency record that is gone leaves its courses out of the filter rather than failing it.
    const agencies = await this.agencies.findByIds([...countByAgency.keys()]);
    return agencies
      .sort((a, b) => agencyNameOrder.compare(a.name, b.name) || (a.id < b.id ? -1 : 1))
      .map((agency) => ({ agency: toAgencyModel(agency), publishedCourseCount: countByAgency.get(agency.id) ?? 0 }));
  }

  /** A course with a live version (published or archived); null for drafts and unknown ids. */
  async findLive(courseId: string): Promise<CourseModel | null> {
    if (!isValidId(courseId)) throw badInput('ID kursus tidak valid.', 'The course id is not valid.');
    const record = await this.catalogue.findLiveById(courseId);
    return record ? toCourseModel(record) : null;
  }
}

function toCatalogueFilter(input: CatalogueFilterInput | null | undefined): CatalogueFilter {
  if (!input) return {};
  const search = input.search?.trim() || undefined;
  if (search && search.length > MAX_SEARCH_LENGTH) {
    throw badInput(`Kata pencarian paling banyak ${MAX_SEARCH_LENGTH} karakter.`, `Search words can be at most ${MAX_SEARCH_LENGTH} characters.`);
  }
  if (input.agencyId != null && !isValidId(input.agencyId)) throw badInput('ID instansi pada filter tidak valid.', 'The agency id in the filter is not valid.');
  const jpMin = input.jpMin ?? undefined;
  const jpMax = input.jpMax ?? undefined;
  if ((jpMin !== undefined && jpMin < 0) || (jpMax !== undefined && jpMax < 0)) {
    throw badInput('Batas JP tidak boleh negatif.', 'JP limits cannot be negative.');
  }
  if (jpMin !== undefined && jpMax !== undefined && jpMin > jpMax) {
    throw badInput(
      `JP minimal (${jpMin}) tidak boleh lebih besar dari JP maksimal (${jpMax}).`,
      `The minimum JP (${jpMin}) cannot be greater than the maximum JP (${jpMax}).`,
    );
  }
  return {
    search,
    competencyType: input.competencyType ? competencyTypes[input.competencyType] : undefined,
    agencyId: input.agencyId ?? undefined,
    level: input.level ? courseLevels[input.level] : undefined,
    jpMin,
    jpMax,
  };
}

function badInput(id: string, en: string): DomainError {
  return new DomainError(ErrorCode.BadUserInput, { id, en });
}
