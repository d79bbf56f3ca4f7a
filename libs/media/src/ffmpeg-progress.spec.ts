import { FfmpegProgress } from './ffmpeg-progress';

function block(outTimeMicroseconds: number, progress: 'continue' | 'end' = 'continue'): string {
  return [
    'frame=120',
    'fps=30.0',
    `out_time_us=${outTimeMicroseconds}`,
    `out_time_ms=${outTimeMicroseconds}`,
    'out_time=00:00:04.000000',
    'speed=1.2x',
    `progress=${progress}`,
    '',
  ].join('\n');
}

describe('FfmpegProgress', () => {
  it('turns out_time_us into whole percents of the duration, then 100 on progress=end', () => {
    const seen: number[] = [];
    const progress = new FfmpegProgress(20, (percent) => seen.push(percent));
    progress.push(block(1_000_000));
    progress.push(block(5_000_000));
    progress.push(block(15_500_000));
    progress.push(block(20_000_000, 'end'));
    expect(seen).toEqual([5, 25, 77, 99, 100]);
  });

  it('reads lines split across chunks', () => {
    const seen: number[] = [];
    const progress = new FfmpegProgress(10, (percent) => seen.push(percent));
    const text = block(2_500_000);
    progress.push(text.slice(0, 30));
    progress.push(text.slice(30, 41));
    progress.push(text.slice(41));
    expect(seen).toEqual([25]);
  });

  it('understands out_time_ms alone (older ffmpeg), which also counts microseconds', () => {
    const seen: number[] = [];
    const progress = new FfmpegProgress(4, (percent) => seen.push(percent));
    progress.push('out_time_ms=1000000\nprogress=continue\n');
    expect(seen).toEqual([25]);
  });

  it('never reports 100 before the end, nor a fall, nor N/A and negative times', () => {
    const seen: number[] = [];
    const progress = new FfmpegProgress(10, (percent) => seen.push(percent));
    progress.push('out_time_us=N/A\nout_time_us=-23000\n');
    progress.push(block(6_000_000));
    progress.push(block(4_000_000));
    progress.push(block(12_000_000));
    expect(seen).toEqual([60, 99]);
    progress.push('progress=end\n');
    expect(seen).toEqual([60, 99, 100]);
  });

  it('reports only the end when the duration is unknown', () => {
    const seen: number[] = [];
    const progress = new FfmpegProgress(0, (percent) => seen.push(percent));
    progress.push(block(3_000_000));
    progress.push(block(3_000_000, 'end'));
    expect(seen).toEqual([100]);
  });
});
