import { useEffect, useRef, useState } from 'react';
import { COUNTDOWN_WARNING_MS, clockOffsetMs, remainingMs } from './countdown';

/** The offset between the server's clock and this device's, from the newest `serverNow` seen. */
export class ServerClock {
  private last: string | null = null;
  private offset = 0;

  /** Call when an answer arrives (not later: the offset is taken against the device's clock now). */
  observe(serverNow: string, clientNowMs = Date.now()): void {
    if (serverNow === this.last) return;
    this.last = serverNow;
    this.offset = clockOffsetMs(serverNow, clientNowMs);
  }

  get offsetMs(): number {
    return this.offset;
  }
}

export interface Countdown {
  /** Null until the first tick, and without a deadline. */
  remainingMs: number | null;
  warning: boolean;
  expired: boolean;
}

/**
 * Counts down to the server's `deadline`, in server time (`clock`), once a second. At 0 it calls
 * `onExpire` once (the screen submits; the server submits by itself anyway).
 */
export function useCountdown(deadline: string | null, serverNow: string, clock: ServerClock, onExpire: () => void): Countdown {
  const [remaining, setRemaining] = useState<number | null>(null);
  const onExpireRef = useRef(onExpire);
  const expiredRef = useRef(false);

  useEffect(() => {
    onExpireRef.current = onExpire;
  });

  useEffect(() => {
    // The attempt was just read: this is the moment its serverNow is true.
    clock.observe(serverNow);
  }, [clock, serverNow]);

  useEffect(() => {
    if (!deadline) return undefined;
    const tick = () => {
      const left = remainingMs(deadline, clock.offsetMs, Date.now());
      setRemaining(left);
      if (left === 0 && !expiredRef.current) {
        expiredRef.current = true;
        onExpireRef.current();
      }
    };
    const first = window.setTimeout(tick, 0);
    const timer = window.setInterval(tick, 500);
    return () => {
      window.clearTimeout(first);
      window.clearInterval(timer);
    };
  }, [deadline, clock]);

  return {
    remainingMs: deadline ? remaining : null,
    warning: remaining !== null && remaining <= COUNTDOWN_WARNING_MS,
    expired: remaining === 0,
  };
}
