/// <reference types="jest" />
import { AuthSession } from './auth-session';
import type { RefreshRequest, RefreshResult } from './auth-session';
import type { AuthPayloadFieldsFragment } from '../../gql/generated';

function buildPayload(accessToken: string, expiresInMs = 15 * 60_000): AuthPayloadFieldsFragment {
  return {
    __typename: 'AuthPayload',
    accessToken,
    accessTokenExpiresAt: new Date(Date.now() + expiresInMs).toISOString(),
    homePath: '/belajar',
    user: {
      __typename: 'User',
      id: 'u1',
      fullName: 'Dr. Siti Aminah, M.Si.',
      email: 'siti@example.go.id',
      nip: '198503152010121002',
      phone: null,
      employmentType: 'PNS',
      workUnit: null,
      position: null,
      rankGrade: null,
      agencyOfOrigin: null,
      isSuperAdmin: false,
      memberships: [],
    },
  };
}

/** A refresh whose answer the test gives when it wants. */
function controllableRefresh() {
  const pending: ((result: RefreshResult) => void)[] = [];
  const request = jest.fn<Promise<RefreshResult>, []>(
    () =>
      new Promise((resolve) => {
        pending.push(resolve);
      }),
  );
  const answer = (result: RefreshResult) => {
    const next = pending.shift();
    if (!next) throw new Error('no refresh is waiting');
    next(result);
  };
  return { request: request as jest.Mock<Promise<RefreshResult>, []> & RefreshRequest, answer };
}

/** Lets resolved promises run their callbacks. */
const flush = async () => {
  for (let i = 0; i < 5; i += 1) await Promise.resolve();
};

describe('AuthSession', () => {
  // Fake timers: a signed-in session schedules its next refresh, which would
  // otherwise keep Jest waiting for minutes.
  beforeEach(() => {
    jest.useFakeTimers();
  });

  afterEach(() => {
    jest.clearAllTimers();
    jest.useRealTimers();
  });

  it('restores a session from the refresh cookie on start, once', async () => {
    const refresh = controllableRefresh();
    const session = new AuthSession(refresh.request);
    session.start();
    session.start();
    expect(session.getState()).toEqual({ status: 'loading' });

    refresh.answer({ kind: 'refreshed', payload: buildPayload('t1') });
    await flush();

    expect(refresh.request).toHaveBeenCalledTimes(1);
    expect(session.getState()).toMatchObject({ status: 'signedIn', homePath: '/belajar' });
    expect(session.getAccessToken()).toBe('t1');
  });

  it('is anonymous when there is no session to restore', async () => {
    const session = new AuthSession(() => Promise.resolve({ kind: 'rejected' }));
    session.start();
    await flush();
    expect(session.getState()).toEqual({ status: 'anonymous', reason: 'none' });
  });

  it('shares one refresh among everyone who asks while it runs', async () => {
    const refresh = controllableRefresh();
    const session = new AuthSession(refresh.request);
    session.signedIn(buildPayload('t1'));

    const results = Promise.all([session.refreshAfterRejection('t1'), session.refreshAfterRejection('t1'), session.refresh()]);
    refresh.answer({ kind: 'refreshed', payload: buildPayload('t2') });

    await expect(results).resolves.toEqual([true, true, true]);
    expect(refresh.request).toHaveBeenCalledTimes(1);
    expect(session.getAccessToken()).toBe('t2');
  });

  it('does not refresh again for a token another request already replaced', async () => {
    const refresh = controllableRefresh();
    const session = new AuthSession(refresh.request);
    session.signedIn(buildPayload('t2'));

    await expect(session.refreshAfterRejection('t1')).resolves.toBe(true);
    expect(refresh.request).not.toHaveBeenCalled();
  });

  it('ends the session as expired when the refresh is refused', async () => {
    const session = new AuthSession(() => Promise.resolve({ kind: 'rejected' }));
    session.signedIn(buildPayload('t1'));

    await expect(session.refreshAfterRejection('t1')).resolves.toBe(false);
    expect(session.getState()).toEqual({ status: 'anonymous', reason: 'expired' });
    expect(session.getAccessToken()).toBeNull();
  });

  it('keeps the session when the API cannot be reached', async () => {
    const session = new AuthSession(() => Promise.resolve({ kind: 'unreachable' }));
    session.signedIn(buildPayload('t1'));

    await expect(session.refresh()).resolves.toBe(false);
    expect(session.getState().status).toBe('signedIn');
    expect(session.getAccessToken()).toBe('t1');
  });

  it('drops a refresh answer that arrives after signing out', async () => {
    const refresh = controllableRefresh();
    const session = new AuthSession(refresh.request);
    session.signedIn(buildPayload('t1'));

    const pending = session.refresh();
    session.signedOut();
    refresh.answer({ kind: 'refreshed', payload: buildPayload('t2') });

    await expect(pending).resolves.toBe(false);
    expect(session.getState()).toEqual({ status: 'anonymous', reason: 'signedOut' });
    expect(session.getAccessToken()).toBeNull();
  });

  it('refreshes a minute before the access token expires', () => {
    const refresh = controllableRefresh();
    const session = new AuthSession(refresh.request);
    session.signedIn(buildPayload('t1', 15 * 60_000));

    jest.advanceTimersByTime(14 * 60_000 - 1_000);
    expect(refresh.request).not.toHaveBeenCalled();
    jest.advanceTimersByTime(2_000);
    expect(refresh.request).toHaveBeenCalledTimes(1);
  });

  it('tells subscribers about every change, until they unsubscribe', () => {
    const session = new AuthSession(() => Promise.resolve({ kind: 'rejected' }));
    const listener = jest.fn();
    const unsubscribe = session.subscribe(listener);
    session.signedIn(buildPayload('t1'));
    session.userUpdated({ ...buildPayload('t1').user, fullName: 'Siti Aminah' });
    unsubscribe();
    session.signedOut();

    expect(listener).toHaveBeenCalledTimes(2);
  });
});
