import { imageAssetIdsIn, plainTextToHtml, sanitizeRichText, withSignedImages } from './rich-text';

const imageId = '0123456789abcdef01234567';
const otherImageId = 'fedcba9876543210fedcba98';
const clean = (html: string) => sanitizeRichText(html, { allowedImageIds: new Set([imageId]) });

describe('sanitizeRichText', () => {
  it('removes script tags with their content', () => {
    expect(clean('<p>Halo</p><script>alert(document.cookie)</script>')).toBe('<p>Halo</p>');
    expect(clean('<p>a<SCRIPT src="https://jahat.example/x.js"></SCRIPT>b</p>')).toBe('<p>ab</p>');
  });

  it('removes event handler attributes', () => {
    expect(clean('<p onclick="alert(1)" onmouseover="x()">Teks</p>')).toBe('<p>Teks</p>');
    expect(clean(`<img src="/files/${imageId}" onerror="alert(1)" />`)).toBe(`<img src="/files/${imageId}" />`);
  });

  it('removes javascript: and data: links but keeps the text', () => {
    expect(clean('<a href="javascript:alert(1)">klik</a>')).toBe('<a rel="noopener noreferrer">klik</a>');
    expect(clean('<a href="JaVaScRiPt&#58;alert(1)">klik</a>')).toBe('<a rel="noopener noreferrer">klik</a>');
    expect(clean('<a href="data:text/html;base64,PHNjcmlwdD4=">klik</a>')).toBe('<a rel="noopener noreferrer">klik</a>');
  });

  it('removes style attributes and style elements', () => {
    expect(clean('<p style="position:fixed;top:0">Teks</p><style>body{display:none}</style>')).toBe('<p>Teks</p>');
  });

  it('removes iframes, objects, embeds and forms', () => {
    expect(clean('<p>a</p><iframe src="https://jahat.example"></iframe><object data="x"></object><embed src="y" />')).toBe('<p>a</p>');
    expect(clean('<form action="https://jahat.example"><input name="nip" /><button>Kirim</button></form>')).toBe('Kirim');
  });

  it('keeps the allowed markup as it is', () => {
    const html = [
      '<h2>Judul</h2>',
      '<h3>Sub</h3>',
      '<h4>Sub-sub</h4>',
      '<p><strong>tebal</strong> <em>miring</em> <u>garis</u> <s>coret</s> <code>kode</code><br />baris</p>',
      '<ul><li>satu</li></ul>',
      '<ol><li>dua</li></ol>',
      '<blockquote>kutipan</blockquote>',
      '<pre>pra</pre>',
      '<hr />',
      '<table><thead><tr><th colspan="2">A</th></tr></thead><tbody><tr><td>1</td><td rowspan="1">2</td></tr></tbody></table>',
    ].join('');
    expect(clean(html)).toBe(html);
  });

  it('keeps http(s) and mailto links and makes them noopener', () => {
    expect(clean('<a href="https://bkn.go.id" target="_blank">BKN</a>')).toBe('<a href="https://bkn.go.id" rel="noopener noreferrer">BKN</a>');
    expect(clean('<a href="mailto:diklat@bpsdm.go.id">surel</a>')).toBe('<a href="mailto:diklat@bpsdm.go.id" rel="noopener noreferrer">surel</a>');
  });

  it('keeps images of the same course only, without the signature, and drops the rest', () => {
    expect(clean(`<img src="/files/${imageId}?exp=1&amp;sig=abc" alt="Bagan" />`)).toBe(`<img src="/files/${imageId}" alt="Bagan" />`);
    expect(clean(`<p>x<img src="/files/${otherImageId}" /></p>`)).toBe('<p>x</p>');
    expect(clean('<img src="https://pelacak.example/p.gif" />')).toBe('');
    expect(clean(`<img src="//pelacak.example/files/${imageId}" />`)).toBe('');
    expect(clean('<img src="data:image/png;base64,AAAA" />')).toBe('');
  });

  it('maps common pasted tags to their allowed equivalents', () => {
    expect(clean('<h1>A</h1><b>B</b><i>C</i>')).toBe('<h2>A</h2><strong>B</strong><em>C</em>');
  });
});

describe('imageAssetIdsIn', () => {
  it('finds the course files images point at', () => {
    expect(imageAssetIdsIn(`<img alt="a" src="/files/${imageId}?exp=1&amp;sig=x"><img src='/files/${otherImageId}'><img src="https://x.example/y.png">`)).toEqual([
      imageId,
      otherImageId,
    ]);
  });
});

describe('withSignedImages', () => {
  it('replaces stored image sources with signed URLs', () => {
    expect(withSignedImages(`<p><img src="/files/${imageId}" alt="a" /></p>`, (id) => `/files/${id}?exp=9&sig=s`)).toBe(
      `<p><img src="/files/${imageId}?exp=9&amp;sig=s" alt="a" /></p>`,
    );
  });
});

describe('plainTextToHtml', () => {
  it('turns paragraphs into <p> and escapes markup', () => {
    expect(plainTextToHtml('Satu <b>&</b> dua.\n\nTiga\nempat')).toBe('<p>Satu &lt;b&gt;&amp;&lt;/b&gt; dua.</p>\n<p>Tiga<br />empat</p>');
  });
});
