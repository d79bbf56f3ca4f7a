/** Under this, the countdown turns red and says so once. */
export const COUNTDOWN_WARNING_MS = 60_000;

/**
 * How far the server's clock is ahead of this device's (negative: behind), from `serverNow` of
 * an answer read at `clientNowMs`. A phone's clock can be minutes off; the deadline is the server's.
 */
export function clockOffsetMs(serverNow: string, clientNowMs: number): number {
  const server = Date.parse(serverNow);
  return Number.isNaN(server) ? 0 : server - clientNowMs;
}

/** Milliseconds left until `deadline` (server time) at device time `clientNowMs`; never below 0. */
export function remainingMs(deadline: string, offsetMs: number, clientNowMs: number): number {
  const end = Date.parse(deadline);
  if (Number.isNaN(end)) return 0;
  return Math.max(0, end - (clientNowMs + offsetMs));
}

/** "04:59", "1:05:00": whole seconds, rounded up (0 shows only when the time is really up). */
export function formatCountdown(ms: number): string {
  const total = Math.ceil(Math.max(0, ms) / 1000);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  const two = (value: number) => String(value).padStart(2, '0');
  return hours > 0 ? `${hours}:${two(minutes)}:${two(seconds)}` : `${two(minutes)}:${two(seconds)}`;
}
