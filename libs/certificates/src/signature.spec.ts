import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import type { JsonValue } from './canonical-json';
import { signData, signedBytes, verifyData } from './signature';
import { generateSigningKey, openSigningKey, publicKeyOf } from './signing-key';

const SECRET = 'a-server-secret-of-at-least-32-characters!';

const certificate = {
  v: 1,
  number: 'BPSDM-KALBAR/2026/00042',
  agency: { code: 'BPSDM-KALBAR', name: 'BPSDM Provinsi Kalimantan Barat' },
  course: { title: 'Pengembangan Kompetensi ASN', jp: 20, competencyType: 'teknis' },
  participant: { name: 'Dr. Siti Rahmawati, S.E., M.Si.', nip: '198703152010012003', rank: 'Penata (III/c)', position: 'Analis Kebijakan', agencyOfOrigin: 'Dinas Kominfo' },
  dates: { start: '2026-11-02', end: '2026-11-20', issuedAt: '2026-11-20T09:15:00.000Z' },
  signatories: [{ name: 'Ir. H. Budi Santoso, M.T.', title: 'Kepala BPSDM' }],
} satisfies JsonValue;

/** Every path to a leaf (string or number) of the certificate. */
function leafPaths(value: JsonValue, path: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return value.flatMap((item, index) => leafPaths(item, [...path, index]));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => leafPaths(item, [...path, key]));
  return [path];
}

function changedAt(value: JsonValue, path: (string | number)[], change: (leaf: JsonValue) => JsonValue): JsonValue {
  const copy = structuredClone(value) as Record<string | number, JsonValue>;
  let node: Record<string | number, JsonValue> = copy;
  for (const step of path.slice(0, -1)) node = node[step] as Record<string | number, JsonValue>;
  const last = path[path.length - 1];
  node[last] = change(node[last]);
  return copy;
}

describe('signing certificate data', () => {
  const key = generateSigningKey(SECRET);
  const privateKey = openSigningKey(key, SECRET);
  const publicKey = publicKeyOf(key);

  it('verifies what it signed, with the same data in any key order', () => {
    const signature = signData(certificate, privateKey);
    expect(verifyData(certificate, signature, publicKey)).toBe(true);
    const reordered = Object.fromEntries(Object.entries(certificate).reverse()) as JsonValue;
    expect(verifyData(reordered, signature, publicKey)).toBe(true);
  });

  it('fails when any field of the signed data changes', () => {
    const signature = signData(certificate, privateKey);
    const paths = leafPaths(certificate);
    fc.assert(
      fc.property(fc.constantFrom(...paths), fc.oneof(fc.string(), fc.integer()), (path, replacement) => {
        const original = path.reduce<JsonValue>((node, step) => (node as Record<string | number, JsonValue>)[step], certificate);
        fc.pre(replacement !== original);
        expect(verifyData(changedAt(certificate, path, () => replacement), signature, publicKey)).toBe(false);
      }),
    );
    // A field added or removed counts as a change too.
    expect(verifyData({ ...certificate, revoked: false }, signature, publicKey)).toBe(false);
    const { signatories: _dropped, ...withoutSignatories } = certificate;
    expect(verifyData(withoutSignatories, signature, publicKey)).toBe(false);
  });

  it('fails with another key, and for anything that is not a signature', () => {
    const signature = signData(certificate, privateKey);
    const other = generateSigningKey(SECRET);
    expect(verifyData(certificate, signature, publicKeyOf(other))).toBe(false);
    for (const bad of ['', 'abc', `${signature}A`, signature.replace(/^./, (c) => (c === 'A' ? 'B' : 'A')), '!'.repeat(86)]) {
      expect(verifyData(certificate, bad, publicKey)).toBe(false);
    }
  });

  it('keeps verifying what an old key signed after the agency moves to a new one', () => {
    const oldSignature = signData(certificate, privateKey);
    const rotated = generateSigningKey(SECRET);
    const newSignature = signData(certificate, openSigningKey(rotated, SECRET));
    expect(verifyData(certificate, oldSignature, publicKey)).toBe(true);
    expect(verifyData(certificate, newSignature, publicKeyOf(rotated))).toBe(true);
    expect(verifyData(certificate, oldSignature, publicKeyOf(rotated))).toBe(false);
  });

  it('is checked offline by openssl from the downloaded data, signature and public key', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lentera-cert-'));
    try {
      writeFileSync(join(dir, 'sertifikat.json'), signedBytes(certificate));
      writeFileSync(join(dir, 'sertifikat.sig'), Buffer.from(signData(certificate, privateKey), 'base64url'));
      writeFileSync(join(dir, 'kunci-publik.pem'), key.publicKeyPem);
      const verifyArgs = ['pkeyutl', '-verify', '-pubin', '-inkey', 'kunci-publik.pem', '-rawin', '-in', 'sertifikat.json', '-sigfile', 'sertifikat.sig'];
      expect(execFileSync('openssl', verifyArgs, { cwd: dir }).toString()).toMatch(/Signature Verified Successfully/);
      writeFileSync(join(dir, 'sertifikat.json'), signedBytes({ ...certificate, number: 'BPSDM-KALBAR/2026/00043' }));
      expect(() => execFileSync('openssl', verifyArgs, { cwd: dir, stdio: 'pipe' })).toThrow();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
