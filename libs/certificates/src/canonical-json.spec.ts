import fc from 'fast-check';
import { canonicalJson, type JsonValue } from './canonical-json';

const json: fc.Arbitrary<JsonValue> = fc.jsonValue() as fc.Arbitrary<JsonValue>;

function shuffledKeys(value: JsonValue): JsonValue {
  if (Array.isArray(value)) return value.map(shuffledKeys);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).reverse().map(([key, item]) => [key, shuffledKeys(item)]));
  }
  return value;
}

describe('canonicalJson', () => {
  it('writes keys sorted and no whitespace', () => {
    expect(canonicalJson({ b: 1, a: [true, null, 'x'], c: { z: 'é', y: -0.5 } })).toBe('{"a":[true,null,"x"],"b":1,"c":{"y":-0.5,"z":"é"}}');
  });

  it('reads back as the same value, whatever order the keys were in', () => {
    fc.assert(
      fc.property(json, (value) => {
        const written = canonicalJson(value);
        expect(JSON.parse(written)).toEqual(JSON.parse(JSON.stringify(value)));
        expect(canonicalJson(shuffledKeys(value))).toBe(written);
      }),
    );
  });

  it.each([
    ['undefined', { a: undefined }],
    ['NaN', { a: Number.NaN }],
    ['Infinity', [Number.POSITIVE_INFINITY]],
    ['a Date', { issuedAt: new Date(0) }],
    ['a Map', { a: new Map() }],
  ])('refuses %s, which JSON cannot carry unambiguously', (_name, value) => {
    expect(() => canonicalJson(value as unknown as JsonValue)).toThrow(TypeError);
  });
});
