import { generateSigningKey, openSecret, openSigningKey, publicKeyOf, sealSecret, signingKeyId } from './signing-key';

const SECRET = 'a-server-secret-of-at-least-32-characters!';

describe('agency signing keys', () => {
  it('seals the private key: only the server secret opens it, and the public key matches its id', () => {
    const stored = generateSigningKey(SECRET);
    expect(stored.sealedPrivateKey.sealed).not.toContain('PRIVATE KEY');
    expect(Buffer.from(stored.sealedPrivateKey.sealed, 'base64').toString()).not.toContain('PRIVATE KEY');
    const privateKey = openSigningKey(stored, SECRET);
    expect(privateKey.asymmetricKeyType).toBe('ed25519');
    expect(signingKeyId(publicKeyOf(stored))).toBe(stored.keyId);
    expect(() => openSigningKey(stored, 'another-secret-that-is-32-characters-long')).toThrow();
  });

  it('gives every key its own id', () => {
    const ids = new Set(Array.from({ length: 20 }, () => generateSigningKey(SECRET).keyId));
    expect(ids.size).toBe(20);
  });

  it('binds the sealed bytes to their key id and notices any change', () => {
    const sealed = sealSecret(Buffer.from('rahasia'), SECRET, 'key-1');
    expect(openSecret(sealed, SECRET, 'key-1').toString()).toBe('rahasia');
    expect(() => openSecret(sealed, SECRET, 'key-2')).toThrow();
    const bytes = Buffer.from(sealed.sealed, 'base64');
    bytes[14] ^= 1;
    expect(() => openSecret({ ...sealed, sealed: bytes.toString('base64') }, SECRET, 'key-1')).toThrow();
  });

  it('refuses a short server secret', () => {
    expect(() => generateSigningKey('too-short')).toThrow(/32 characters/);
  });
});
