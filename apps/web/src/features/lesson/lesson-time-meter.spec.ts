/// <reference types="jest" />
import { IDLE_AFTER_MS, LessonTimeMeter, MAX_REPORT_SECONDS } from './lesson-time-meter';

function meterWithClock(visible = true) {
  let now = 1_000_000;
  const meter = new LessonTimeMeter(() => now, visible);
  return {
    meter,
    advance: (ms: number) => {
      now += ms;
    },
  };
}

describe('LessonTimeMeter', () => {
  it('counts whole seconds while the page is visible, keeping the fraction for later', () => {
    const { meter, advance } = meterWithClock();
    advance(30_400);
    expect(meter.take()).toBe(30);
    advance(600);
    expect(meter.take()).toBe(1);
  });

  it('does not count while the page is hidden', () => {
    const { meter, advance } = meterWithClock();
    advance(10_000);
    meter.visibility(false);
    advance(60_000);
    meter.visibility(true);
    advance(5_000);
    expect(meter.take()).toBe(15);
  });

  it('starts counting only once a hidden page is shown', () => {
    const { meter, advance } = meterWithClock(false);
    advance(20_000);
    expect(meter.take()).toBe(0);
    meter.visibility(true);
    advance(3_000);
    expect(meter.take()).toBe(3);
  });

  it('stops counting after a long time without input, and restarts on input', () => {
    const { meter, advance } = meterWithClock();
    advance(IDLE_AFTER_MS + 60 * 60 * 1000);
    expect(meter.take()).toBe(MAX_REPORT_SECONDS);
    meter.input();
    advance(7_000);
    expect(meter.take()).toBe(7);
  });

  it('claims at most the API limit in one report and drops the excess', () => {
    const { meter, advance } = meterWithClock();
    for (let minute = 0; minute < 9; minute += 1) {
      advance(60_000);
      meter.input();
    }
    advance(60_000);
    meter.input();
    advance(60_000);
    expect(meter.take()).toBe(MAX_REPORT_SECONDS);
    expect(meter.take()).toBe(0);
  });

  it('takes back the seconds of a failed report', () => {
    const { meter, advance } = meterWithClock();
    advance(12_000);
    const seconds = meter.take();
    meter.giveBack(seconds);
    advance(1_000);
    expect(meter.take()).toBe(13);
  });
});
