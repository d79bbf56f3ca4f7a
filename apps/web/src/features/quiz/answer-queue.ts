import type { AnswerInput } from '../../gql/generated';

/** The part of `localStorage` the queue uses (a stand-in in tests). */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

interface StoredQueue {
  answers: AnswerInput[];
  submit: boolean;
}

/** A batch on its way to the server: which version of each answer it carries. */
export interface AnswerBatch {
  answers: AnswerInput[];
  versions: ReadonlyMap<string, number>;
}

/** One key per attempt: two attempts (or two learners on a shared phone) never mix. */
export function answerQueueKey(attemptId: string): string {
  return `lentera.quiz.${attemptId}`;
}

function readStored(storage: StorageLike | null, key: string): StoredQueue {
  try {
    const raw = storage?.getItem(key);
    if (!raw) return { answers: [], submit: false };
    const parsed = JSON.parse(raw) as Partial<StoredQueue> | null;
    const answers = Array.isArray(parsed?.answers)
      ? parsed.answers.filter((answer): answer is AnswerInput => typeof answer?.questionId === 'string')
      : [];
    return { answers, submit: parsed?.submit === true };
  } catch {
    // Storage unavailable or a damaged entry: start empty rather than break the quiz.
    return { answers: [], submit: false };
  }
}

/**
 * The answers of one attempt not yet confirmed by the server, newest per question, and whether the
 * learner asked to submit. Every change is written to storage at once, so a closed tab, a reload or
 * a phone out of battery loses nothing; the next visit sends them.
 */
export class AnswerQueue {
  private readonly pending = new Map<string, { answer: AnswerInput; version: number }>();
  private version = 0;
  private submit: boolean;

  constructor(
    private readonly key: string,
    private readonly storage: StorageLike | null,
  ) {
    const stored = readStored(storage, key);
    for (const answer of stored.answers) this.pending.set(String(answer.questionId), { answer, version: ++this.version });
    this.submit = stored.submit;
  }

  get size(): number {
    return this.pending.size;
  }

  get submitRequested(): boolean {
    return this.submit;
  }

  /** The unsent answers (to show over the server's after a reload). */
  unsent(): AnswerInput[] {
    return [...this.pending.values()].map((entry) => entry.answer);
  }

  put(answer: AnswerInput): void {
    this.pending.set(String(answer.questionId), { answer, version: ++this.version });
    this.persist();
  }

  take(): AnswerBatch {
    const versions = new Map<string, number>();
    for (const [questionId, entry] of this.pending) versions.set(questionId, entry.version);
    return { answers: this.unsent(), versions };
  }

  /** The server stored `batch`: forget the answers not changed again since it was taken. */
  confirm(batch: AnswerBatch): void {
    for (const [questionId, version] of batch.versions) {
      if (this.pending.get(questionId)?.version === version) this.pending.delete(questionId);
    }
    this.persist();
  }

  requestSubmit(): void {
    this.submit = true;
    this.persist();
  }

  /** Submitted (or the attempt is over): nothing left to send. */
  clear(): void {
    this.pending.clear();
    this.submit = false;
    this.persist();
  }

  private persist(): void {
    try {
      if (this.pending.size === 0 && !this.submit) {
        this.storage?.removeItem(this.key);
        return;
      }
      const stored: StoredQueue = { answers: this.unsent(), submit: this.submit };
      this.storage?.setItem(this.key, JSON.stringify(stored));
    } catch {
      // Full or blocked storage: the answers still go to the server from memory.
    }
  }
}

/** `window.localStorage`, or null where it is blocked (privacy settings). */
export function browserStorage(): StorageLike | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}
