import type { AnswerInput } from '../../gql/generated';
import type { AnswerBatch, AnswerQueue } from './answer-queue';

/** The indicator's states (also its `data-state`). */
export type SaveState = 'idle' | 'saving' | 'saved' | 'offline' | 'error';

/**
 * How a failed request is treated: `offline` (no answer: retry with backoff and when the browser
 * is back online), `retry` (the server is struggling: retry with backoff), `rejected` (the server
 * refused: say why, try again on the next change or on request), `closed` (the attempt was
 * submitted elsewhere: stop).
 */
export type FailureKind = 'offline' | 'retry' | 'rejected' | 'closed';

export interface SyncStatus {
  state: SaveState;
  /** When the server last stored answers (its clock). */
  savedAt: string | null;
  /** Some answers arrived after the deadline: kept, not graded. */
  late: boolean;
  error: unknown;
  /** The learner asked to submit; not confirmed yet. */
  submitPending: boolean;
  submitted: boolean;
  closed: boolean;
}

export interface SaveResult {
  late: boolean;
  savedAt: string;
  serverNow: string;
}

export interface SyncTransport {
  save(answers: AnswerInput[]): Promise<SaveResult>;
  submit(answers: AnswerInput[]): Promise<void>;
}

export interface SyncTimers {
  now(): number;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface AnswerSyncOptions {
  queue: AnswerQueue;
  transport: SyncTransport;
  classify: (error: unknown) => FailureKind;
  isOnline: () => boolean;
  timers?: SyncTimers;
  /** Quiet time after the last change before a batch goes out. */
  debounceMs?: number;
  /** A learner typing an essay without a pause still saves this often. */
  maxWaitMs?: number;
  onServerNow?: (serverNow: string) => void;
}

export const SAVE_DEBOUNCE_MS = 800;
const MAX_WAIT_MS = 5_000;
const MAX_BACKOFF_MS = 30_000;

/** 1 s, 2 s, 4 s, ... up to 30 s after the n-th failure in a row. */
export function backoffMs(failures: number): number {
  return Math.min(MAX_BACKOFF_MS, 1_000 * 2 ** Math.max(0, failures - 1));
}

const browserTimers: SyncTimers = {
  now: () => Date.now(),
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/**
 * Sends an attempt's answers as the learner goes: changes wait ~800 ms and go together in one
 * `saveQuizAnswers`; one request at a time; failures retry with backoff, and at once when the
 * browser says it is online again. `submit()` waits for nothing the learner typed to be lost:
 * it goes out with the answers still unsent, now or when the connection is back.
 */
export class AnswerSync {
  private readonly queue: AnswerQueue;
  private readonly options: AnswerSyncOptions;
  private readonly timers: SyncTimers;
  private readonly listeners = new Set<() => void>();
  private timer: unknown = null;
  private firstChangeAt: number | null = null;
  private inFlight = false;
  private runAgain = false;
  private failures = 0;
  private failure: { kind: FailureKind; error: unknown } | null = null;
  private savedAt: string | null = null;
  private late = false;
  private submitted = false;
  private closed = false;
  private stopped = false;
  private status: SyncStatus;

  constructor(options: AnswerSyncOptions) {
    this.options = options;
    this.queue = options.queue;
    this.timers = options.timers ?? browserTimers;
    this.status = this.computeStatus();
  }

  getStatus = (): SyncStatus => this.status;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  };

  /** Sends what a previous visit left unsent (answers, or a submission). Again after `stop()` (React's StrictMode remounts). */
  start(): void {
    this.stopped = false;
    if (this.queue.size > 0 || this.queue.submitRequested) this.flushNow();
  }

  change(answer: AnswerInput): void {
    if (this.submitted || this.closed || this.stopped) return;
    this.queue.put(answer);
    const now = this.timers.now();
    this.firstChangeAt ??= now;
    const waited = now - this.firstChangeAt;
    this.schedule(Math.max(0, Math.min(this.options.debounceMs ?? SAVE_DEBOUNCE_MS, (this.options.maxWaitMs ?? MAX_WAIT_MS) - waited)));
    this.emit();
  }

  /** Hand the attempt in (once: a second call while pending changes nothing). */
  submit(): void {
    if (this.submitted || this.closed || this.stopped) return;
    if (!this.queue.submitRequested) this.queue.requestSubmit();
    this.flushNow();
  }

  /** The browser is online again, or the learner pressed "try again". */
  retryNow(): void {
    this.failures = 0;
    if (this.failure?.kind !== 'closed') this.failure = null;
    this.emit();
    this.flushNow();
  }

  /** Send now (the page is being hidden, the connection is back). */
  flushNow(): void {
    this.clearTimer();
    void this.run();
  }

  /** The browser went offline: say so now, not at the next request. */
  connectionChanged(): void {
    this.emit();
  }

  /** The screen is gone: no more timers (a request on its way still confirms what it carried). */
  stop(): void {
    this.stopped = true;
    this.clearTimer();
  }

  /** The answers this device has not sent yet (shown over the server's after a reload). */
  unsentAnswers(): AnswerInput[] {
    return this.queue.unsent();
  }

  /** The attempt is over (graded, submitted elsewhere): nothing here is worth sending. */
  discard(): void {
    this.queue.clear();
    this.clearTimer();
  }

  private schedule(ms: number): void {
    this.clearTimer();
    if (this.stopped) return;
    this.timer = this.timers.setTimeout(() => {
      this.timer = null;
      void this.run();
    }, ms);
  }

  private clearTimer(): void {
    if (this.timer !== null) this.timers.clearTimeout(this.timer);
    this.timer = null;
  }

  private async run(): Promise<void> {
    if (this.stopped || this.closed || this.submitted) return;
    if (this.inFlight) {
      this.runAgain = true;
      return;
    }
    if (this.queue.size === 0 && !this.queue.submitRequested) return;
    if (!this.options.isOnline()) {
      // Nothing to try until the 'online' event (retryNow); the answers wait in storage.
      this.failure = { kind: 'offline', error: null };
      this.emit();
      return;
    }
    this.inFlight = true;
    this.firstChangeAt = null;
    const submitting = this.queue.submitRequested;
    const batch = this.queue.take();
    this.emit();
    try {
      if (submitting) await this.sendSubmit(batch);
      else await this.sendSave(batch);
      this.failures = 0;
      this.failure = null;
    } catch (error) {
      this.handleFailure(error);
    } finally {
      this.inFlight = false;
    }
    this.emit();
    if (this.runAgain && !this.failure) {
      this.runAgain = false;
      void this.run();
    }
  }

  private async sendSave(batch: AnswerBatch): Promise<void> {
    const result = await this.options.transport.save(batch.answers);
    this.queue.confirm(batch);
    this.savedAt = result.savedAt;
    if (result.late) this.late = true;
    this.options.onServerNow?.(result.serverNow);
  }

  private async sendSubmit(batch: AnswerBatch): Promise<void> {
    await this.options.transport.submit(batch.answers);
    this.queue.clear();
    this.submitted = true;
  }

  private handleFailure(error: unknown): void {
    const kind = this.options.classify(error);
    this.failure = { kind, error };
    this.runAgain = false;
    if (kind === 'closed') {
      // Submitted from another tab or device: what is left here would be refused anyway.
      this.closed = true;
      this.queue.clear();
      this.clearTimer();
      return;
    }
    if (kind === 'rejected') return;
    this.failures += 1;
    this.schedule(backoffMs(this.failures));
  }

  private computeStatus(): SyncStatus {
    const base = {
      savedAt: this.savedAt,
      late: this.late,
      submitPending: this.queue.submitRequested && !this.submitted,
      submitted: this.submitted,
      closed: this.closed,
    };
    const failure = this.failure;
    if (failure?.kind === 'offline' || !this.options.isOnline()) {
      return { ...base, state: 'offline', error: null };
    }
    if (failure) return { ...base, state: 'error', error: failure.error };
    if (this.inFlight || this.queue.size > 0 || base.submitPending) return { ...base, state: 'saving', error: null };
    return { ...base, state: this.savedAt ? 'saved' : 'idle', error: null };
  }

  private emit(): void {
    this.status = this.computeStatus();
    for (const listener of this.listeners) listener();
  }
}
