import { nameWithExtensionOf } from './file-extension';

describe('nameWithExtensionOf', () => {
  it('keeps a name whose extension fits the content, in any case', () => {
    expect(nameWithExtensionOf('pdf', 'Modul 1.PDF', 'dokumen')).toBe('Modul 1.PDF');
    expect(nameWithExtensionOf('jpeg', 'foto.jpeg', 'gambar')).toBe('foto.jpeg');
  });

  it('replaces a known extension that lies about the content', () => {
    expect(nameWithExtensionOf('docx', 'laporan.pdf', 'dokumen')).toBe('laporan.docx');
    expect(nameWithExtensionOf('jpeg', 'sampul.png', 'gambar')).toBe('sampul.jpg');
  });

  it('adds the extension to a name without one, or with an unrelated one, and names a nameless file', () => {
    expect(nameWithExtensionOf('pdf', 'Peraturan No. 11', 'dokumen')).toBe('Peraturan No. 11.pdf');
    expect(nameWithExtensionOf('xlsx', 'rekap.2024', 'dokumen')).toBe('rekap.2024.xlsx');
    expect(nameWithExtensionOf('png', '', 'gambar')).toBe('gambar.png');
    expect(nameWithExtensionOf('pdf', '.pdf', 'dokumen')).toBe('dokumen.pdf');
    expect(nameWithExtensionOf('pdf', '.docx', 'dokumen')).toBe('dokumen.pdf');
  });
});
