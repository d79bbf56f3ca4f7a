import sanitizeHtml from 'sanitize-html';

/** A course file in lesson HTML: `/files/<assetId>`, stored without the expiring signature. */
const COURSE_FILE_SRC = /^\/files\/([0-9a-f]{24})(?:[?#].*)?$/i;

export interface RichTextOptions {
  /** The image assets of the lesson's course: the only images a body may show. */
  allowedImageIds: ReadonlySet<string>;
}

/**
 * What a text lesson may contain. Lesson HTML is written by instructors and read by every
 * learner, so it is cleaned when it is WRITTEN (readers render it as stored): no scripts, no
 * event handlers, no styles, no frames, links only to http(s) and mailto, images only from the
 * course's own files.
 */
function sanitizerOptions(options: RichTextOptions): sanitizeHtml.IOptions {
  return {
    allowedTags: [
      'p', 'h2', 'h3', 'h4', 'strong', 'em', 'u', 's', 'a', 'ul', 'ol', 'li', 'blockquote', 'code', 'pre', 'br', 'hr',
      'table', 'thead', 'tbody', 'tr', 'th', 'td', 'img',
    ],
    allowedAttributes: { a: ['href', 'rel'], img: ['src', 'alt'], th: ['colspan', 'rowspan'], td: ['colspan', 'rowspan'] },
    allowedSchemes: ['http', 'https', 'mailto'],
    // Images never come from elsewhere: only relative `/files/...` survives (checked below).
    allowedSchemesByTag: { img: [] },
    allowProtocolRelative: false,
    allowedStyles: {},
    disallowedTagsMode: 'discard',
    transformTags: {
      b: 'strong',
      i: 'em',
      strike: 's',
      h1: 'h2',
      h5: 'h4',
      h6: 'h4',
      a: (tagName, attribs) => ({ tagName, attribs: { ...attribs, rel: 'noopener noreferrer' } }),
      img: (tagName, attribs) => ({ tagName, attribs: { ...attribs, src: courseImageSrc(attribs.src, options.allowedImageIds) ?? '' } }),
    },
    exclusiveFilter: (frame) => frame.tag === 'img' && !frame.attribs.src,
  };
}

export function sanitizeRichText(html: string, options: RichTextOptions): string {
  return sanitizeHtml(html, sanitizerOptions(options)).trim();
}

/** The asset ids the `<img>` tags of a body point at, to look up before sanitizing. */
export function imageAssetIdsIn(html: string): string[] {
  const ids = new Set<string>();
  for (const match of html.matchAll(/<img\b[^>]*?\bsrc\s*=\s*["']?([^"'\s>]+)/gi)) {
    const id = COURSE_FILE_SRC.exec(decodeEntities(match[1]))?.[1];
    if (id) ids.add(id.toLowerCase());
  }
  return [...ids];
}

/**
 * Gives every course image in stored HTML a fresh signed URL (`sign` is FileUrlSigner.url), so
 * a browser can load it: the stored HTML keeps plain `/files/<id>`, which expires never.
 */
export function withSignedImages(html: string, sign: (assetId: string) => string): string {
  return html.replace(/(<img\b[^>]*?\bsrc=")\/files\/([0-9a-f]{24})(")/gi, (_match, before: string, id: string, after: string) => {
    return `${before}${escapeAttribute(sign(id))}${after}`;
  });
}

/** Plain text as paragraphs: a blank line starts a new one; markup characters are escaped. */
export function plainTextToHtml(text: string): string {
  return text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)
    .map((paragraph) => `<p>${escapeText(paragraph).replace(/\n/g, '<br />')}</p>`)
    .join('\n');
}

function courseImageSrc(src: string | undefined, allowedImageIds: ReadonlySet<string>): string | null {
  const id = src ? COURSE_FILE_SRC.exec(src)?.[1]?.toLowerCase() : undefined;
  return id && allowedImageIds.has(id) ? `/files/${id}` : null;
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function escapeAttribute(text: string): string {
  return escapeText(text).replace(/"/g, '&quot;');
}

function decodeEntities(text: string): string {
  return text.replace(/&amp;/g, '&');
}
