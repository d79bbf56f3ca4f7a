import { contentDisposition } from './content-disposition';

describe('contentDisposition', () => {
  it('gives the real name in filename* and an ASCII stand-in in filename', () => {
    expect(contentDisposition('attachment', 'Modul Pelatihan – Pontianak (revisi).pdf')).toBe(
      `attachment; filename="Modul Pelatihan _ Pontianak (revisi).pdf"; filename*=UTF-8''Modul%20Pelatihan%20%E2%80%93%20Pontianak%20%28revisi%29.pdf`,
    );
  });

  it('keeps quotes, backslashes and accents from breaking the header', () => {
    expect(contentDisposition('inline', 'Café "baru"\\1.pdf')).toBe(`inline; filename="Cafe _baru__1.pdf"; filename*=UTF-8''Caf%C3%A9%20%22baru%22%5C1.pdf`);
    expect(contentDisposition('inline', "it's 100%.pdf")).toBe(`inline; filename="it's 100_.pdf"; filename*=UTF-8''it%27s%20100%25.pdf`);
  });
});
