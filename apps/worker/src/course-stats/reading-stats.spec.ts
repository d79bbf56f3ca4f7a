import { computeReadingStats, countWords, htmlToText, WORDS_PER_MINUTE } from './reading-stats';

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

  it('counts the text of HTML bodies, not their tags or attributes', () => {
    const body = '<h2>Judul bagian</h2><p>Satu <strong>dua</strong></p><p><a href="https://bkn.go.id/sangat-panjang" rel="noopener noreferrer">tiga</a><br />empat</p><img src="/files/0123456789abcdef01234567" alt="bagan" />';
    expect(computeReadingStats([body]).wordCount).toBe(6);
  });

  it('gives zero minutes for a course without text', () => {
    expect(computeReadingStats([])).toEqual({ lessonCount: 0, wordCount: 0, readingMinutes: 0 });
  });
});

describe('htmlToText', () => {
  it('separates words at tags and decodes entities', () => {
    expect(htmlToText('<p>satu</p><p>dua&nbsp;&amp;&#32;tiga &lt;b&gt;</p>').split(/\s+/).filter(Boolean)).toEqual(['satu', 'dua', '&', 'tiga', '<b>']);
  });
});
