import { Test, type TestingModule } from '@nestjs/testing';
import { isolatedConfig, validNip, type IsolatedConfig } from '@lentera/test-support';
import { AgencyRepository } from '../agency/agency.repository';
import { DatabaseModule } from '../connection/database.module';
import { DatabaseSetup } from '../connection/database-setup';
import { grantAgencyScope, type AgencyScope } from '../tenancy/agency-scope';
import type { PersonByNip } from './person-upsert';
import { PersonImportRepository } from './person-import.repository';
import { UserRepository } from './user.repository';

function buildPerson(index: number, overrides: Partial<PersonByNip> = {}): PersonByNip {
  return {
    nip: validNip(index, 2),
    fullName: `Pegawai ${index}`,
    email: `pegawai${index}@contoh.go.id`,
    workUnit: 'Bidang Umum',
    position: 'Analis',
    rankGrade: 'Penata (III/c)',
    employmentType: 'PNS',
    ...overrides,
  };
}

describe('PersonImportRepository.upsertPeopleByNip on the real database', () => {
  let isolated: IsolatedConfig;
  let module: TestingModule;
  let users: UserRepository;
  let importer: PersonImportRepository;
  let scope: AgencyScope;
  let otherAgencyId: string;

  beforeAll(async () => {
    isolated = isolatedConfig('person-upsert');
    module = await Test.createTestingModule({ imports: [DatabaseModule.forRoot(isolated.config)] }).compile();
    await module.init();
    await module.get(DatabaseSetup).ensureIndexes();
    users = module.get(UserRepository);
    importer = module.get(PersonImportRepository);
    const agencies = module.get(AgencyRepository);
    scope = grantAgencyScope((await agencies.create({ code: 'BPSDM-UPS', name: 'BPSDM Upsert', kind: 'regional' })).id);
    otherAgencyId = (await agencies.create({ code: 'PUSDIKLAT-UPS', name: 'Pusdiklat Upsert', kind: 'central' })).id;
  });

  afterAll(async () => {
    await module?.close();
    await isolated?.cleanup();
  });

  it('creates new people as learners of the agency, then leaves them unchanged on a second run', async () => {
    const people = [buildPerson(1), buildPerson(2, { email: null, workUnit: null })];
    const first = await importer.upsertPeopleByNip(scope, people);
    expect(first.map((result) => result.outcome)).toEqual(['created', 'created']);
    const stored = await users.findByNip(people[0].nip);
    expect(stored).toMatchObject({ fullName: 'Pegawai 1', email: 'pegawai1@contoh.go.id', employmentType: 'PNS' });
    expect(stored?.memberships).toEqual([{ agencyId: scope.agencyId, role: 'learner' }]);
    expect(await users.listInAgency(scope, { limit: 10, search: 'pegawai1@contoh' })).toHaveLength(1);

    const second = await importer.upsertPeopleByNip(scope, people);
    expect(second.map((result) => result.outcome)).toEqual(['unchanged', 'unchanged']);
  });

  it('updates only what the file changes and does not clear what the file leaves empty', async () => {
    await importer.upsertPeopleByNip(scope, [buildPerson(3)]);
    const [result] = await importer.upsertPeopleByNip(scope, [buildPerson(3, { position: 'Analis Ahli Muda', email: null })]);
    expect(result.outcome).toBe('updated');
    expect(await users.findByNip(validNip(3, 2))).toMatchObject({ position: 'Analis Ahli Muda', email: 'pegawai3@contoh.go.id' });
  });

  it('adds the learner role for someone known from another agency and keeps their other roles', async () => {
    const admin = await users.create({ ...buildPerson(4), memberships: [{ agencyId: otherAgencyId, role: 'admin' }] });
    const [result] = await importer.upsertPeopleByNip(scope, [buildPerson(4)]);
    expect(result).toEqual({ nip: validNip(4, 2), outcome: 'updated', userId: admin.id });
    expect((await users.findById(admin.id))?.memberships).toEqual([
      { agencyId: otherAgencyId, role: 'admin' },
      { agencyId: scope.agencyId, role: 'learner' },
    ]);
  });

  it('reports an email that belongs to another account instead of failing the batch', async () => {
    await users.create({ fullName: 'Pemilik Email', email: 'dipakai@contoh.go.id', memberships: [] });
    await importer.upsertPeopleByNip(scope, [buildPerson(5)]);
    const results = await importer.upsertPeopleByNip(scope, [
      buildPerson(6, { email: 'DIPAKAI@contoh.go.id' }),
      buildPerson(5, { email: 'dipakai@contoh.go.id' }),
      buildPerson(7),
    ]);
    expect(results.map((result) => result.outcome)).toEqual(['email_taken', 'email_taken', 'created']);
    expect(await users.findByNip(validNip(6, 2))).toBeNull();
    expect((await users.findByNip(validNip(5, 2)))?.email).toBe('pegawai5@contoh.go.id');
  });

  it('settles two runs racing over the same new people: each person exists once', async () => {
    const people = Array.from({ length: 50 }, (_, index) => buildPerson(100 + index));
    const [left, right] = await Promise.all([importer.upsertPeopleByNip(scope, people), importer.upsertPeopleByNip(scope, people)]);
    const outcomes = [...left, ...right].map((result) => result.outcome);
    expect(outcomes.filter((outcome) => outcome === 'created')).toHaveLength(50);
    expect(outcomes.filter((outcome) => outcome === 'unchanged')).toHaveLength(50);
    const stored = await Promise.all(people.map((person) => users.findByNip(person.nip)));
    expect(stored.every((user) => user?.memberships.length === 1)).toBe(true);
  });
});
