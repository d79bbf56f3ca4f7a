/** What a signed certificate may hold: JSON values, dates already written as ISO strings. */
export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

/**
 * The one byte form of a value that is signed and verified: keys sorted (by UTF-16 code units),
 * no whitespace, strings and numbers written as JSON.stringify writes them (the serialization of
 * RFC 8785, JCS, for the values certificates hold). Anything JSON cannot carry unambiguously
 * (undefined, NaN, Infinity, a Date, a class instance) is refused, so two programs cannot sign
 * different bytes for what looks like the same data.
 */
export function canonicalJson(value: JsonValue): string {
  return write(value, '$');
}

function write(value: unknown, path: string): string {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new TypeError(`${path}: ${value} has no JSON form`);
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) return `[${value.map((item, index) => write(item, `${path}[${index}]`)).join(',')}]`;
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${write(item, `${path}.${key}`)}`).join(',')}}`;
  }
  throw new TypeError(`${path}: ${describe(value)} is not plain JSON`);
}

function describe(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (typeof value === 'object') return `a ${(value as object).constructor?.name ?? 'null-prototype object'}`;
  return typeof value;
}
