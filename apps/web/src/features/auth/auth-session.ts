import type { AuthPayloadFieldsFragment, SessionUserFragment } from '../../gql/generated';

export type SessionUser = SessionUserFragment;

/** Why nobody is signed in: the app reacts differently to each (see RequireSession). */
export type AnonymousReason = 'none' | 'signedOut' | 'signedOutEverywhere' | 'expired';

export type AuthState =
  | { readonly status: 'loading' }
  | { readonly status: 'anonymous'; readonly reason: AnonymousReason }
  | { readonly status: 'signedIn'; readonly user: SessionUser; readonly homePath: string };

export type RefreshResult =
  | { kind: 'refreshed'; payload: AuthPayloadFieldsFragment }
  /** The API says there is no (valid) session. */
  | { kind: 'rejected' }
  /** No usable answer (offline, server trouble): the session may still be valid. */
  | { kind: 'unreachable' };

export type RefreshRequest = () => Promise<RefreshResult>;

/** Refresh this long before the access token expires. */
const REFRESH_AHEAD_MS = 60_000;
const MIN_REFRESH_DELAY_MS = 5_000;
const RETRY_UNREACHABLE_MS = 30_000;
/** setTimeout fires at once for delays above 2^31 - 1 ms. */
const MAX_TIMER_MS = 2_147_483_647;

/**
 * The signed-in session, kept in memory only: the access token never touches
 * localStorage (an XSS could read it there); after a reload the httpOnly refresh
 * cookie brings the session back through `refreshSession`.
 *
 * Plain TypeScript, outside React, because the Apollo link reads the token on
 * every request; React subscribes through `subscribe`/`getState`
 * (useSyncExternalStore).
 */
export class AuthSession {
  private state: AuthState = { status: 'loading' };
  private accessToken: string | null = null;
  private refreshTimer: ReturnType<typeof setTimeout> | null = null;
  private refreshInFlight: Promise<boolean> | null = null;
  /** Bumped on every sign-in/sign-out, so a refresh answer that arrives after one is dropped. */
  private generation = 0;
  private started = false;
  private readonly listeners = new Set<() => void>();

  constructor(private readonly requestRefresh: RefreshRequest) {}

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  };

  readonly getState = (): AuthState => this.state;

  getAccessToken(): string | null {
    return this.accessToken;
  }

  /** Once per page load: the refresh cookie may hold a session from before. */
  start(): void {
    if (this.started) return;
    this.started = true;
    void this.refresh();
  }

  /** After signIn, refreshSession or changePassword answered. */
  signedIn(payload: AuthPayloadFieldsFragment): void {
    this.generation += 1;
    this.applyPayload(payload);
  }

  /** The user's own profile changed (name in the header, for one). */
  userUpdated(user: SessionUser): void {
    if (this.state.status !== 'signedIn' || this.state.user.id !== user.id) return;
    this.setState({ ...this.state, user });
  }

  signedOut(reason: 'signedOut' | 'signedOutEverywhere' = 'signedOut'): void {
    this.generation += 1;
    this.becomeAnonymous(reason);
  }

  /**
   * A new access token from the refresh cookie. Single-flight: every caller
   * while one refresh runs shares it. Resolves true when a fresh token is there.
   */
  refresh(): Promise<boolean> {
    this.refreshInFlight ??= this.runRefresh().finally(() => {
      this.refreshInFlight = null;
    });
    return this.refreshInFlight;
  }

  /**
   * The API refused `rejectedToken` (UNAUTHENTICATED). Refresh, unless another
   * request already replaced that token while this one was on its way.
   */
  refreshAfterRejection(rejectedToken: string): Promise<boolean> {
    if (this.accessToken !== rejectedToken) return Promise.resolve(this.accessToken !== null);
    return this.refresh();
  }

  private async runRefresh(): Promise<boolean> {
    const generation = this.generation;
    const wasSignedIn = this.state.status === 'signedIn';
    const result = await this.requestRefresh();
    // Signed out (or in as someone else) while the refresh was on its way.
    if (generation !== this.generation) return this.accessToken !== null;

    if (result.kind === 'refreshed') {
      this.applyPayload(result.payload);
      return true;
    }
    if (result.kind === 'rejected' || !wasSignedIn) {
      this.becomeAnonymous(wasSignedIn ? 'expired' : 'none');
      return false;
    }
    // Unreachable while signed in: keep the session, the next attempt may work.
    this.scheduleRefresh(RETRY_UNREACHABLE_MS);
    return false;
  }

  private applyPayload(payload: AuthPayloadFieldsFragment): void {
    this.accessToken = payload.accessToken;
    this.setState({ status: 'signedIn', user: payload.user, homePath: payload.homePath });
    const expiresAt = Date.parse(payload.accessTokenExpiresAt);
    if (!Number.isNaN(expiresAt)) this.scheduleRefresh(expiresAt - Date.now() - REFRESH_AHEAD_MS);
  }

  private becomeAnonymous(reason: AnonymousReason): void {
    this.accessToken = null;
    this.clearRefreshTimer();
    this.setState({ status: 'anonymous', reason });
  }

  private scheduleRefresh(delayMs: number): void {
    this.clearRefreshTimer();
    const delay = Math.min(Math.max(delayMs, MIN_REFRESH_DELAY_MS), MAX_TIMER_MS);
    this.refreshTimer = setTimeout(() => {
      this.refreshTimer = null;
      void this.refresh();
    }, delay);
  }

  private clearRefreshTimer(): void {
    if (this.refreshTimer !== null) clearTimeout(this.refreshTimer);
    this.refreshTimer = null;
  }

  private setState(state: AuthState): void {
    this.state = state;
    for (const listener of this.listeners) listener();
  }
}
