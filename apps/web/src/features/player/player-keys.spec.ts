/// <reference types="jest" />
import { formatPlayerTime, playerKeyAction } from './player-keys';

const press = (key: string, extra: Partial<Parameters<typeof playerKeyAction>[0]> = {}) =>
  playerKeyAction({ key, ctrlKey: false, metaKey: false, altKey: false, onControl: false, ...extra });

describe('player keyboard shortcuts', () => {
  it('maps the documented keys, in either case', () => {
    expect(press(' ')).toEqual({ type: 'togglePlay' });
    expect(press('K')).toEqual({ type: 'togglePlay' });
    expect(press('ArrowLeft')).toEqual({ type: 'seekBy', seconds: -5 });
    expect(press('ArrowRight')).toEqual({ type: 'seekBy', seconds: 5 });
    expect(press('j')).toEqual({ type: 'seekBy', seconds: -10 });
    expect(press('l')).toEqual({ type: 'seekBy', seconds: 10 });
    expect(press('m')).toEqual({ type: 'toggleMute' });
    expect(press('f')).toEqual({ type: 'toggleFullscreen' });
    expect(press('c')).toEqual({ type: 'toggleCaptions' });
    expect(press('x')).toBeNull();
  });

  it('leaves browser shortcuts alone, and keys a focused button or slider handles itself', () => {
    expect(press('f', { ctrlKey: true })).toBeNull();
    expect(press('l', { metaKey: true })).toBeNull();
    expect(press(' ', { onControl: true })).toBeNull();
    expect(press('ArrowRight', { onControl: true })).toBeNull();
    expect(press('k', { onControl: true })).toEqual({ type: 'togglePlay' });
  });
});

describe('formatPlayerTime', () => {
  it('writes minutes and seconds, hours when there are some', () => {
    expect(formatPlayerTime(0)).toBe('0:00');
    expect(formatPlayerTime(65.9)).toBe('1:05');
    expect(formatPlayerTime(3723)).toBe('1:02:03');
    expect(formatPlayerTime(Number.NaN)).toBe('0:00');
  });
});
