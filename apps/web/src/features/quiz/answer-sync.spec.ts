/// <reference types="jest" />
import type { AnswerInput } from '../../gql/generated';
import { AnswerQueue, answerQueueKey } from './answer-queue';
import type { StorageLike } from './answer-queue';
import { AnswerSync, backoffMs } from './answer-sync';
import type { FailureKind, SaveResult } from './answer-sync';

class MemoryStorage implements StorageLike {
  readonly items = new Map<string, string>();
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.items.set(key, value);
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
}

const KEY = answerQueueKey('attempt-1');
const text = (questionId: string, value: string): AnswerInput => ({ questionId, text: value });

class OfflineError extends Error {}
class RefusedError extends Error {}
class ConflictError extends Error {}
const classify = (error: unknown): FailureKind =>
  error instanceof OfflineError ? 'offline' : error instanceof RefusedError ? 'rejected' : error instanceof ConflictError ? 'closed' : 'retry';

/** A transport whose calls wait until the test answers them. */
function fakeTransport() {
  const calls: { kind: 'save' | 'submit'; answers: AnswerInput[]; resolve: (value?: SaveResult) => void; reject: (error: Error) => void }[] = [];
  const transport = {
    save: (answers: AnswerInput[]) => new Promise<SaveResult>((resolve, reject) => calls.push({ kind: 'save', answers, resolve: (value) => resolve(value ?? { late: false, savedAt: '2026-03-01T10:00:00Z', serverNow: '2026-03-01T10:00:00Z' }), reject })),
    submit: (answers: AnswerInput[]) => new Promise<void>((resolve, reject) => calls.push({ kind: 'submit', answers, resolve: () => resolve(), reject })),
  };
  return { transport, calls };
}

function setup(storage = new MemoryStorage()) {
  let online = true;
  const { transport, calls } = fakeTransport();
  const queue = new AnswerQueue(KEY, storage);
  const sync = new AnswerSync({
    queue,
    transport,
    classify,
    isOnline: () => online,
    timers: { now: () => Date.now(), setTimeout: (callback, ms) => setTimeout(callback, ms), clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>) },
  });
  return { sync, queue, storage, calls, setOnline: (value: boolean) => (online = value) };
}

/** Lets the promise callbacks of a resolved request run. */
const settle = async () => {
  for (let index = 0; index < 5; index += 1) await Promise.resolve();
};

beforeEach(() => jest.useFakeTimers());
afterEach(() => jest.useRealTimers());

describe('AnswerQueue', () => {
  it('keeps the newest answer per question and persists every change', () => {
    const storage = new MemoryStorage();
    const queue = new AnswerQueue(KEY, storage);
    queue.put(text('q1', 'a'));
    queue.put(text('q2', 'b'));
    queue.put(text('q1', 'c'));
    expect(queue.unsent()).toEqual([text('q1', 'c'), text('q2', 'b')]);
    // A reload (or a closed tab) finds them again.
    expect(new AnswerQueue(KEY, storage).unsent()).toEqual([text('q1', 'c'), text('q2', 'b')]);
    expect(new AnswerQueue(answerQueueKey('attempt-2'), storage).size).toBe(0);
  });

  it('forgets only what the server confirmed and was not changed since', () => {
    const storage = new MemoryStorage();
    const queue = new AnswerQueue(KEY, storage);
    queue.put(text('q1', 'a'));
    queue.put(text('q2', 'b'));
    const batch = queue.take();
    queue.put(text('q1', 'a2')); // typed while the batch was on its way
    queue.confirm(batch);
    expect(queue.unsent()).toEqual([text('q1', 'a2')]);
    queue.confirm(queue.take());
    expect(queue.size).toBe(0);
    expect(storage.items.has(KEY)).toBe(false);
  });

  it('remembers a requested submission, and survives damaged storage', () => {
    const storage = new MemoryStorage();
    new AnswerQueue(KEY, storage).requestSubmit();
    expect(new AnswerQueue(KEY, storage).submitRequested).toBe(true);
    storage.setItem(KEY, '{not json');
    expect(new AnswerQueue(KEY, storage).size).toBe(0);
    storage.setItem(KEY, JSON.stringify({ answers: [{ nope: 1 }, text('q1', 'x')], submit: 'yes' }));
    const queue = new AnswerQueue(KEY, storage);
    expect(queue.unsent()).toEqual([text('q1', 'x')]);
    expect(queue.submitRequested).toBe(false);
    expect(new AnswerQueue(KEY, null).size).toBe(0);
  });
});

describe('AnswerSync', () => {
  it('debounces changes into one batch', async () => {
    const { sync, calls } = setup();
    sync.change(text('q1', 'a'));
    jest.advanceTimersByTime(500);
    sync.change(text('q2', 'b'));
    sync.change(text('q1', 'ab'));
    expect(sync.getStatus().state).toBe('saving');
    jest.advanceTimersByTime(799);
    expect(calls).toHaveLength(0);
    jest.advanceTimersByTime(1);
    expect(calls).toHaveLength(1);
    expect(calls[0].answers).toEqual([text('q1', 'ab'), text('q2', 'b')]);
    calls[0].resolve();
    await settle();
    expect(sync.getStatus()).toMatchObject({ state: 'saved', savedAt: '2026-03-01T10:00:00Z', late: false });
  });

  it('still saves during non-stop typing (at most 5 s apart)', () => {
    const { sync, calls } = setup();
    for (let ms = 0; ms < 6_000; ms += 200) {
      sync.change(text('essay', `x${ms}`));
      jest.advanceTimersByTime(200);
    }
    expect(calls).toHaveLength(1);
  });

  it('sends one request at a time and the changes made meanwhile after it', async () => {
    const { sync, calls } = setup();
    sync.change(text('q1', 'a'));
    jest.advanceTimersByTime(800);
    sync.change(text('q1', 'b'));
    jest.advanceTimersByTime(800);
    expect(calls).toHaveLength(1);
    calls[0].resolve();
    await settle();
    expect(calls).toHaveLength(2);
    expect(calls[1].answers).toEqual([text('q1', 'b')]);
  });

  it('goes offline on a network error, keeps the answers, and retries with backoff', async () => {
    const { sync, calls, storage } = setup();
    sync.change(text('q1', 'a'));
    jest.advanceTimersByTime(800);
    calls[0].reject(new OfflineError());
    await settle();
    expect(sync.getStatus().state).toBe('offline');
    expect(storage.items.get(KEY)).toContain('"q1"');
    jest.advanceTimersByTime(999);
    expect(calls).toHaveLength(1);
    jest.advanceTimersByTime(1);
    expect(calls).toHaveLength(2);
    calls[1].reject(new OfflineError());
    await settle();
    jest.advanceTimersByTime(1_999);
    expect(calls).toHaveLength(2);
    jest.advanceTimersByTime(1);
    expect(calls).toHaveLength(3);
    calls[2].resolve();
    await settle();
    expect(sync.getStatus().state).toBe('saved');
    expect(storage.items.has(KEY)).toBe(false);
  });

  it('waits for the browser to be online, then sends at once', async () => {
    const { sync, calls, setOnline } = setup();
    setOnline(false);
    sync.change(text('q1', 'a'));
    expect(sync.getStatus().state).toBe('offline');
    jest.advanceTimersByTime(60_000);
    expect(calls).toHaveLength(0);
    setOnline(true);
    sync.retryNow();
    expect(calls).toHaveLength(1);
    expect(sync.getStatus().state).toBe('saving');
  });

  it('says offline as soon as the browser is, and back when it is online', () => {
    const { sync, setOnline } = setup();
    setOnline(false);
    sync.connectionChanged();
    expect(sync.getStatus().state).toBe('offline');
    setOnline(true);
    sync.retryNow();
    expect(sync.getStatus().state).toBe('idle');
  });

  it('shows the server refusal and does not retry it on its own', async () => {
    const { sync, calls } = setup();
    sync.change(text('q1', 'a'));
    jest.advanceTimersByTime(800);
    const refusal = new RefusedError('Pilihan tidak dikenal untuk soal ini');
    calls[0].reject(refusal);
    await settle();
    expect(sync.getStatus()).toMatchObject({ state: 'error', error: refusal });
    jest.advanceTimersByTime(120_000);
    expect(calls).toHaveLength(1);
    sync.retryNow();
    expect(calls).toHaveLength(2);
  });

  it('reports answers that arrived after the deadline', async () => {
    const { sync, calls } = setup();
    sync.change(text('q1', 'a'));
    jest.advanceTimersByTime(800);
    calls[0].resolve({ late: true, savedAt: '2026-03-01T10:06:00Z', serverNow: '2026-03-01T10:06:00Z' });
    await settle();
    expect(sync.getStatus()).toMatchObject({ state: 'saved', late: true });
  });

  it('submits with the unsent answers, once, after the save in flight', async () => {
    const { sync, calls, storage } = setup();
    sync.change(text('q1', 'a'));
    jest.advanceTimersByTime(800);
    sync.change(text('q2', 'b'));
    sync.submit();
    sync.submit();
    expect(calls).toHaveLength(1);
    calls[0].resolve();
    await settle();
    expect(calls).toHaveLength(2);
    expect(calls[1]).toMatchObject({ kind: 'submit', answers: [text('q2', 'b')] });
    sync.submit();
    expect(calls).toHaveLength(2);
    calls[1].resolve();
    await settle();
    expect(sync.getStatus()).toMatchObject({ submitted: true, submitPending: false });
    expect(storage.items.has(KEY)).toBe(false);
    sync.change(text('q3', 'late'));
    expect(calls).toHaveLength(2);
  });

  it('keeps an offline submission on the device and sends it on the next visit', async () => {
    const storage = new MemoryStorage();
    const first = setup(storage);
    first.setOnline(false);
    first.sync.change(text('q1', 'a'));
    first.sync.submit();
    expect(first.sync.getStatus()).toMatchObject({ state: 'offline', submitPending: true });
    first.sync.stop();

    const second = setup(storage);
    second.sync.start();
    expect(second.calls).toHaveLength(1);
    expect(second.calls[0]).toMatchObject({ kind: 'submit', answers: [text('q1', 'a')] });
  });

  it('stops when the attempt was submitted elsewhere', async () => {
    const { sync, calls, storage } = setup();
    sync.change(text('q1', 'a'));
    jest.advanceTimersByTime(800);
    calls[0].reject(new ConflictError());
    await settle();
    expect(sync.getStatus()).toMatchObject({ closed: true, state: 'error' });
    expect(storage.items.has(KEY)).toBe(false);
  });

  it('backs off up to 30 s', () => {
    expect([1, 2, 3, 4, 5, 6, 10].map(backoffMs)).toEqual([1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000]);
  });
});
