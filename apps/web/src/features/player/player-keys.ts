/** What a key does in the player (see `learning.player.keyboardHint`). */
export type PlayerKeyAction =
  | { type: 'togglePlay' }
  | { type: 'seekBy'; seconds: number }
  | { type: 'toggleMute' }
  | { type: 'toggleFullscreen' }
  | { type: 'toggleCaptions' };

const ACTIONS: Record<string, PlayerKeyAction> = {
  ' ': { type: 'togglePlay' },
  k: { type: 'togglePlay' },
  ArrowLeft: { type: 'seekBy', seconds: -5 },
  ArrowRight: { type: 'seekBy', seconds: 5 },
  j: { type: 'seekBy', seconds: -10 },
  l: { type: 'seekBy', seconds: 10 },
  m: { type: 'toggleMute' },
  f: { type: 'toggleFullscreen' },
  c: { type: 'toggleCaptions' },
};

/** Keys a focused control (button, slider) handles itself: the player leaves them alone there. */
const CONTROL_KEYS = new Set([' ', 'Enter', 'ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown']);

export interface PlayerKeyEvent {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  /** The key went to a control inside the player, not to the player or the video. */
  onControl: boolean;
}

/** The player's action for a key press, or null to let the browser have it. */
export function playerKeyAction(event: PlayerKeyEvent): PlayerKeyAction | null {
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  if (event.onControl && CONTROL_KEYS.has(event.key)) return null;
  return ACTIONS[event.key.length === 1 ? event.key.toLowerCase() : event.key] ?? null;
}

/** "1:05", "12:00", "1:02:03". */
export function formatPlayerTime(totalSeconds: number): string {
  const seconds = Number.isFinite(totalSeconds) && totalSeconds > 0 ? Math.floor(totalSeconds) : 0;
  const hours = Math.floor(seconds / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  const rest = String(seconds % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${rest}` : `${minutes}:${rest}`;
}
