import type { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import { AgencyRepository, UserRepository } from '@lentera/db';
import { isolatedConfig, type IsolatedConfig } from '@lentera/test-support';
import { AppModule } from '../app.module';
import { LoginThrottle } from './login-throttle';
import { REFRESH_COOKIE } from './refresh-cookie';

const DEMO_PASSWORD = 'Demo12345!';

interface GraphqlBody {
  data?: Record<string, unknown> | null;
  errors?: Array<{ message: string; extensions: Record<string, unknown> }>;
}

describe('signing in, sessions and passwords, on the real database and Redis', () => {
  let isolated: IsolatedConfig;
  let app: INestApplication;

  function graphql(query: string, variables: Record<string, unknown> = {}, options: { token?: string; cookie?: string } = {}) {
    let call = request(app.getHttpServer()).post('/graphql').send({ query, variables });
    if (options.token) call = call.set('Authorization', `Bearer ${options.token}`);
    if (options.cookie) call = call.set('Cookie', options.cookie);
    return call;
  }

  async function signIn(identifier: string, password = DEMO_PASSWORD) {
    const response = await graphql(
      'mutation ($input: SignInInput!) { signIn(input: $input) { accessToken homePath user { fullName } } }',
      { input: { identifier, password } },
    );
    return { body: response.body as GraphqlBody, cookie: refreshCookieOf(response.headers['set-cookie']) };
  }

  function refresh(cookie: string | null) {
    return graphql('mutation { refreshSession { accessToken } }', {}, { cookie: cookie ?? '' });
  }

  const codeOf = (body: GraphqlBody) => body.errors?.[0]?.extensions.code;
  const tokenOf = (body: GraphqlBody) => (body.data?.signIn as { accessToken: string } | undefined)?.accessToken ?? '';
  const whoAmI = (token: string) => graphql('{ agencies { totalCount } }', {}, { token });

  beforeAll(async () => {
    isolated = isolatedConfig('sign-in', { SEED_DEMO: 'true' });
    const module = await Test.createTestingModule({ imports: [AppModule.forRoot(isolated.config)] }).compile();
    app = module.createNestApplication({ logger: ['error'] });
    await app.init();
  });

  afterAll(async () => {
    await app?.close();
    await isolated?.cleanup();
  });

  it.each([
    ['superadmin@demo.lentera.id', '/admin/instansi'],
    ['admin@demo.lentera.id', '/admin'],
    ['instruktur@demo.lentera.id', '/mengajar'],
    ['ASN1@demo.lentera.id', '/belajar'],
    ['asn2@demo.lentera.id', '/belajar'],
  ])('signs %s in and sends them to %s', async (email, homePath) => {
    const { body, cookie } = await signIn(email);
    expect(body.errors).toBeUndefined();
    expect(body.data?.signIn).toMatchObject({ homePath, accessToken: expect.any(String) });
    expect(cookie).toMatch(/^lentera_refresh=/);
  });

  it('signs in with a NIP typed with spaces, and sets an httpOnly, SameSite=Strict cookie for /graphql only', async () => {
    const response = await graphql('mutation ($input: SignInInput!) { signIn(input: $input) { user { fullName nip } } }', {
      input: { identifier: '19900317 201503 2 002', password: DEMO_PASSWORD },
    });
    expect(response.body.data.signIn.user).toEqual({ fullName: 'Siti Rahmawati, S.E.', nip: '199003172015032002' });
    const cookie = (response.headers['set-cookie'] as unknown as string[]).join(';');
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(cookie).toMatch(/Path=\/graphql/);
  });

  it('answers a wrong password and an unknown account identically', async () => {
    const wrongPassword = await signIn('asn2@demo.lentera.id', 'bukan-sandinya');
    const unknownAccount = await signIn('tidak.ada@demo.lentera.id', 'bukan-sandinya');
    const unknownNip = await signIn('198001012005011999', 'bukan-sandinya');
    expect(wrongPassword.body).toEqual({
      data: null,
      errors: [
        {
          message: 'Email/NIP atau kata sandi salah.',
          locations: expect.any(Array),
          path: ['signIn'],
          extensions: { code: 'UNAUTHENTICATED', messageEn: 'Wrong email/NIP or password.' },
        },
      ],
    });
    expect(unknownAccount.body).toEqual(wrongPassword.body);
    expect(unknownNip.body).toEqual(wrongPassword.body);
    expect(wrongPassword.cookie).toBeNull();
  });

  it('refuses input that is not an identifier with a clear BAD_USER_INPUT', async () => {
    const { body } = await signIn('', 'x');
    expect(codeOf(body)).toBe('BAD_USER_INPUT');
  });

  describe('throttling failed sign-ins', () => {
    it('locks an identifier after 5 failures from one address, even for the right password, and says how long', async () => {
      for (let attempt = 0; attempt < 5; attempt += 1) {
        expect(codeOf((await signIn('instruktur@demo.lentera.id', `salah-${attempt}`)).body)).toBe('UNAUTHENTICATED');
      }
      const locked = await signIn('instruktur@demo.lentera.id');
      expect(codeOf(locked.body)).toBe('TOO_MANY_REQUESTS');
      expect(locked.body.errors?.[0].extensions.retryAfterSeconds).toBeGreaterThanOrEqual(55);
      expect(locked.body.errors?.[0].message).toMatch(/Coba lagi dalam 1 menit/);
      // Someone else signing in from the same address is not affected.
      expect(codeOf((await signIn('asn2@demo.lentera.id')).body)).toBeUndefined();
    });

    it('locks unknown identifiers exactly like real ones, so locking reveals nothing', async () => {
      for (let attempt = 0; attempt < 5; attempt += 1) await signIn('siapa.saja@demo.lentera.id', 'salah');
      expect(codeOf((await signIn('siapa.saja@demo.lentera.id', 'salah')).body)).toBe('TOO_MANY_REQUESTS');
    });

    it('never locks anyone for more than 15 minutes, and another address keeps its own count', async () => {
      const throttle = app.get(LoginThrottle);
      for (let attempt = 0; attempt < 30; attempt += 1) await throttle.recordFailure('korban@demo.lentera.id', '203.0.113.9');
      const attackerWait = await throttle.retryAfter('korban@demo.lentera.id', '203.0.113.9');
      expect(attackerWait).toBeGreaterThan(0);
      expect(attackerWait).toBeLessThanOrEqual(15 * 60);
      // The real person at their office (another address) can still try.
      expect(await throttle.retryAfter('korban@demo.lentera.id', '198.51.100.7')).toBe(0);
    });
  });

  describe('refresh tokens', () => {
    it('rotate on every refresh, and a reused one revokes the whole family', async () => {
      const { body, cookie: first } = await signIn('asn1@demo.lentera.id');
      const accessToken = tokenOf(body);
      const rotated = await refresh(first);
      expect(rotated.body.errors).toBeUndefined();
      const second = refreshCookieOf(rotated.headers['set-cookie']);
      expect(second).not.toEqual(first);

      // The first cookie was spent: presenting it again is what a thief would do.
      const replay = await refresh(first);
      expect(replay.body.errors[0]).toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
      // Every token of the family is dead now: the rotated cookie and the access tokens.
      expect((await refresh(second)).body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
      expect((await whoAmI(accessToken)).body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
      expect((await whoAmI(rotated.body.data.refreshSession.accessToken)).body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    });

    it('let only one of two simultaneous refreshes with the same token through', async () => {
      const { cookie } = await signIn('asn1@demo.lentera.id');
      const answers = await Promise.all([refresh(cookie), refresh(cookie), refresh(cookie)]);
      expect(answers.filter((answer) => !answer.body.errors).length).toBeLessThanOrEqual(1);
    });

    it('refuse a refresh without a cookie, or with a made-up one', async () => {
      expect((await refresh(null)).body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
      expect((await refresh(`${REFRESH_COOKIE}=dibuat-buat`)).body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    });
  });

  describe('signing out', () => {
    it('ends this session only', async () => {
      const here = await signIn('asn2@demo.lentera.id');
      const there = await signIn('asn2@demo.lentera.id');
      expect((await graphql('mutation { signOut }', {}, { token: tokenOf(here.body) })).body.data.signOut).toBe(true);
      expect((await whoAmI(tokenOf(here.body))).body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
      expect((await refresh(here.cookie)).body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
      expect((await whoAmI(tokenOf(there.body))).body.errors).toBeUndefined();
    });

    it('everywhere ends every session of that person', async () => {
      const here = await signIn('asn2@demo.lentera.id');
      const there = await signIn('asn2@demo.lentera.id');
      await graphql('mutation { signOutEverywhere }', {}, { token: tokenOf(here.body) });
      for (const session of [here, there]) {
        expect((await whoAmI(tokenOf(session.body))).body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
        expect((await refresh(session.cookie)).body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
      }
    });
  });

  describe('passwords', () => {
    const changePassword = 'mutation ($input: ChangePasswordInput!) { changePassword(input: $input) { accessToken } }';

    it('a change ends the other sessions and keeps this one', async () => {
      const users = app.get(UserRepository);
      const agency = await app.get(AgencyRepository).findByCode('BPSDM-KALBAR');
      const admin = await signIn('admin@demo.lentera.id');
      const created = await graphql(
        'mutation ($input: CreateUserInput!) { createUser(input: $input) { id } }',
        { input: { agencyId: agency!.id, fullName: 'Dewi Lestari, S.Pd.', email: 'dewi@contoh.go.id', nip: '198805102014022001', roles: ['LEARNER'] } },
        { token: tokenOf(admin.body) },
      );
      expect(created.body.errors).toBeUndefined();
      const link = await graphql(
        'mutation ($a: ID!, $u: ID!) { issuePasswordReset(agencyId: $a, userId: $u) { url expiresAt } }',
        { a: agency!.id, u: created.body.data.createUser.id },
        { token: tokenOf(admin.body) },
      );
      const token = new URL(link.body.data.issuePasswordReset.url).searchParams.get('token');
      const reset = (password: string) => graphql('mutation ($input: ResetPasswordInput!) { resetPassword(input: $input) }', { input: { token, newPassword: password } });

      expect((await reset('pendek')).body.errors[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'newPassword' } });
      expect((await reset('Sandi-pertama-Dewi-2026')).body.data.resetPassword).toBe(true);
      // A link works once.
      expect((await reset('Sandi-kedua-Dewi-2026')).body.errors[0].message).toMatch(/tidak berlaku/);
      expect((await users.findByEmail('dewi@contoh.go.id'))?.hasPassword).toBe(true);

      const laptop = await signIn('dewi@contoh.go.id', 'Sandi-pertama-Dewi-2026');
      const phone = await signIn('198805102014022001', 'Sandi-pertama-Dewi-2026');
      const wrongCurrent = await graphql(changePassword, { input: { currentPassword: 'salah', newPassword: 'Sandi-baru-Dewi-2026' } }, { token: tokenOf(laptop.body) });
      expect(wrongCurrent.body.errors[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'currentPassword' } });
      const changed = await graphql(
        changePassword,
        { input: { currentPassword: 'Sandi-pertama-Dewi-2026', newPassword: 'Sandi-baru-Dewi-2026' } },
        { token: tokenOf(laptop.body) },
      );
      expect(changed.body.errors).toBeUndefined();
      expect((await whoAmI(changed.body.data.changePassword.accessToken)).body.errors).toBeUndefined();
      expect((await whoAmI(tokenOf(phone.body))).body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
      expect((await refresh(phone.cookie)).body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
      expect(codeOf((await signIn('dewi@contoh.go.id', 'Sandi-pertama-Dewi-2026')).body)).toBe('UNAUTHENTICATED');
      expect(codeOf((await signIn('dewi@contoh.go.id', 'Sandi-baru-Dewi-2026')).body)).toBeUndefined();
    });
  });

  describe('people in an agency', () => {
    it('refuses a wrong NIP with the reason and creates nothing', async () => {
      const agency = await app.get(AgencyRepository).findByCode('BPSDM-KALBAR');
      const admin = await signIn('admin@demo.lentera.id');
      const before = await app.get(UserRepository).count();
      const response = await graphql(
        'mutation ($input: CreateUserInput!) { createUser(input: $input) { id } }',
        { input: { agencyId: agency!.id, fullName: 'Salah Ketik', nip: '198513152010121002', roles: ['LEARNER'] } },
        { token: tokenOf(admin.body) },
      );
      expect(response.body.errors[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'nip' } });
      expect(response.body.errors[0].message).toMatch(/tanggal lahir/i);
      expect(await app.get(UserRepository).count()).toBe(before);
    });

    it('gives a person known by NIP a role in a second agency without copying them', async () => {
      const agencies = app.get(AgencyRepository);
      const other = await agencies.create({ code: 'PUSDIKLAT-KEMENDAGRI', name: 'Pusdiklat Kemendagri', kind: 'central' });
      const superAdmin = await signIn('superadmin@demo.lentera.id');
      const response = await graphql(
        'mutation ($input: CreateUserInput!) { createUser(input: $input) { id memberships { role agency { code } } } }',
        { input: { agencyId: other.id, fullName: 'Dr. Ahmad Fauzi, M.Pd.', nip: '197511051999031001', roles: ['INSTRUCTOR'] } },
        { token: tokenOf(superAdmin.body) },
      );
      expect(response.body.errors).toBeUndefined();
      expect(response.body.data.createUser.memberships).toEqual([
        { role: 'INSTRUCTOR', agency: { code: 'BPSDM-KALBAR' } },
        { role: 'INSTRUCTOR', agency: { code: 'PUSDIKLAT-KEMENDAGRI' } },
      ]);
      expect((await app.get(UserRepository).findByNip('197511051999031001'))?.id).toBe(response.body.data.createUser.id);
    });
  });
});

function refreshCookieOf(setCookie: unknown): string | null {
  const cookies = Array.isArray(setCookie) ? (setCookie as string[]) : [];
  const refresh = cookies.find((cookie) => cookie.startsWith(`${REFRESH_COOKIE}=`) && !cookie.startsWith(`${REFRESH_COOKIE}=;`));
  return refresh ? refresh.split(';')[0] : null;
}
