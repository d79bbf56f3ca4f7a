import { formatBytes, formatDuration, formatRenditions } from './video-format';

describe('formatDuration', () => {
  it('shows minutes and seconds under an hour', () => {
    expect(formatDuration(0)).toBe('0:00');
    expect(formatDuration(5.4)).toBe('0:05');
    expect(formatDuration(245)).toBe('4:05');
    expect(formatDuration(3599)).toBe('59:59');
  });

  it('shows hours from one hour on', () => {
    expect(formatDuration(3600)).toBe('1:00:00');
    expect(formatDuration(3729)).toBe('1:02:09');
  });

  it('treats nonsense as zero', () => {
    expect(formatDuration(Number.NaN)).toBe('0:00');
    expect(formatDuration(-3)).toBe('0:00');
  });
});

describe('formatBytes', () => {
  it('picks the unit by size', () => {
    expect(formatBytes(512, 'en')).toBe('512 byte');
    expect(formatBytes(1536, 'en')).toBe('2 kB');
    expect(formatBytes(12.5 * 1024 * 1024, 'en')).toBe('12.5 MB');
    expect(formatBytes(1.25 * 1024 ** 3, 'id')).toBe('1,3 GB');
  });
});

describe('formatRenditions', () => {
  it('lists the renditions from the smallest up', () => {
    expect(
      formatRenditions([
        { name: '720p', height: 720 },
        { name: '240p', height: 240 },
        { name: '360p', height: 360 },
      ]),
    ).toBe('240p · 360p · 720p');
  });
});
