import { computeReadingStats, countWords, WORDS_PER_MINUTE } from './reading-stats';

describe('countWords', () => {
  it('counts words separated by any whitespace, ignoring stray punctuation', () => {
    expect(countWords('Pengembangan  kompetensi\nASN — penting.')).toBe(4);
  });

  it('counts nothing in blank text', () => {
    expect(countWords(' \n\t ')).toBe(0);
  });
});

describe('computeReadingStats', () => {
  it('sums words over lessons and rounds reading time up to whole minutes', () => {
    const lesson = Array.from({ length: WORDS_PER_MINUTE + 1 }, () => 'kata').join(' ');
    expect(computeReadingStats([lesson, 'dua kata'])).toEqual({
      lessonCount: 2,
      wordCount: WORDS_PER_MINUTE + 3,
      readingMinutes: 2,
    });
  });

  it('gives zero minutes for a course without text', () => {
    expect(computeReadingStats([])).toEqual({ lessonCount: 0, wordCount: 0, readingMinutes: 0 });
  });
});
