import { createHash, verify } from 'node:crypto';
import { certificateData, type CertificateData } from './certificate-data';
import { OPEN_BADGE_CONTEXTS, openBadgeCredential, openBadgeJwt, publicCertificateFileUrl } from './open-badge';
import { generateSigningKey, openSigningKey, publicKeyOf } from './signing-key';

const SECRET = 'a-server-secret-of-at-least-32-characters!';
const PUBLIC_URL = 'https://lentera.bpsdm.kalbarprov.go.id';
const NIP = '198703152010012003';
const NAME = 'Dr. Siti Rahmawati, S.E., M.Si.';

function sampleData(overrides: { nip?: string | null; keyId?: string } = {}): CertificateData {
  return certificateData({
    code: '7M2KQ9XW4HTB8RDN3CFJ5VPYZA',
    number: 'BPSDM-KALBAR/2026/00042',
    issuer: { agencyId: '665f1c2a9b3e4d0012345678', code: 'BPSDM-KALBAR', name: 'BPSDM Provinsi Kalimantan Barat' },
    course: { id: '665f1c2a9b3e4d0087654321', title: 'Etika Pelayanan Publik bagi ASN', jp: 20, competencyType: 'sosial_kultural' },
    participant: {
      name: NAME,
      nip: overrides.nip === undefined ? NIP : overrides.nip,
      rankGrade: 'Penata (III/c)',
      position: 'Analis Kebijakan Ahli Muda',
      workUnit: 'Bidang Pengembangan Kompetensi',
      agencyOfOrigin: 'Pemerintah Provinsi Kalimantan Barat',
    },
    period: { start: new Date('2026-11-02T01:00:00Z'), end: new Date('2026-11-20T08:00:00Z') },
    issuedAt: new Date('2026-11-20T09:15:00.000Z'),
    signatories: [{ name: 'Ir. H. Budi Santoso, M.T.', title: 'Kepala BPSDM', nip: null }],
    replaces: null,
    keyId: overrides.keyId ?? 'kunci-uji',
    publicUrl: PUBLIC_URL,
  });
}

function decodeSegment(segment: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(segment, 'base64url').toString('utf8')) as Record<string, unknown>;
}

describe('openBadgeCredential', () => {
  const data = sampleData();
  const credential = openBadgeCredential(data, `${PUBLIC_URL}/`);

  it('is an Open Badges 3.0 OpenBadgeCredential with every required field', () => {
    expect(credential['@context']).toEqual([...OPEN_BADGE_CONTEXTS]);
    expect(credential['@context'][0]).toBe('https://www.w3.org/ns/credentials/v2');
    expect(credential.type).toEqual(['VerifiableCredential', 'OpenBadgeCredential']);
    expect(credential.id).toBe(`${PUBLIC_URL}/public/certificates/${data.code}/open-badge.json`);
    expect(credential.id).toBe(publicCertificateFileUrl(PUBLIC_URL, data.code, 'open-badge.json'));
    expect(credential.name).toContain('Etika Pelayanan Publik bagi ASN');
    expect(credential.issuer).toEqual({ id: `urn:lentera:agency:${data.issuer.agencyId}`, type: ['Profile'], name: 'BPSDM Provinsi Kalimantan Barat' });
    expect(credential.validFrom).toBe('2026-11-20T09:15:00.000Z');
    expect(credential.credentialSubject).toMatchObject({
      type: ['AchievementSubject'],
      activityStartDate: '2026-11-02T00:00:00+07:00',
      activityEndDate: '2026-11-20T00:00:00+07:00',
      creditsEarned: 20,
    });
    expect(credential.credentialSubject.achievement).toMatchObject({
      id: `${PUBLIC_URL}/kursus/${data.course.id}`,
      type: ['Achievement'],
      achievementType: 'Certificate',
      name: 'Etika Pelayanan Publik bagi ASN',
      criteria: { narrative: expect.stringContaining('Menyelesaikan') },
      creditsAvailable: 20,
      tag: ['sosial kultural'],
    });
    expect(credential.credentialSubject.achievement.description).toMatch(/20 JP.*\/.*socio-cultural/);
    expect(credential.description).toContain(data.number);
    expect(credential.evidence).toEqual([expect.objectContaining({ id: `${PUBLIC_URL}/verifikasi/${data.code}`, type: ['Evidence'] })]);
  });

  it('names the learner by salted SHA-256 hashes of the NIP and the name, never the NIP in clear', () => {
    const [nip, name] = credential.credentialSubject.identifier;
    expect(nip).toMatchObject({ type: 'IdentityObject', identityType: 'identifier', hashed: true, salt: expect.stringMatching(/^[0-9a-f]{32}$/) });
    expect(nip.identityHash).toBe(`sha256$${createHash('sha256').update(NIP + nip.salt).digest('hex')}`);
    expect(name).toMatchObject({ identityType: 'name', hashed: true, salt: nip.salt });
    expect(name.identityHash).toBe(`sha256$${createHash('sha256').update(NAME + name.salt).digest('hex')}`);
    const json = JSON.stringify(credential);
    expect(json).not.toContain(NIP);
    expect(json).not.toContain(NAME);
  });

  it('uses a different salt for each certificate, and the same one every time for one certificate', () => {
    const other = openBadgeCredential({ ...data, code: 'ZZ2KQ9XW4HTB8RDN3CFJ5VPYZA' }, PUBLIC_URL);
    expect(other.credentialSubject.identifier[0].salt).not.toBe(credential.credentialSubject.identifier[0].salt);
    expect(openBadgeCredential(data, PUBLIC_URL)).toEqual(credential);
  });

  it('hashes only the name of a participant without a NIP', () => {
    const identifiers = openBadgeCredential(sampleData({ nip: null }), PUBLIC_URL).credentialSubject.identifier;
    expect(identifiers.map((identifier) => identifier.identityType)).toEqual(['name']);
  });
});

describe('openBadgeJwt', () => {
  const key = generateSigningKey(SECRET);
  const data = sampleData({ keyId: key.keyId });
  const credential = openBadgeCredential(data, PUBLIC_URL);
  const jwt = openBadgeJwt(credential, openSigningKey(key, SECRET), key.keyId);
  const [header, payload, signature] = jwt.split('.');

  const verifies = (signingInput: string, signatureSegment: string) =>
    verify(null, Buffer.from(signingInput), publicKeyOf(key), Buffer.from(signatureSegment, 'base64url'));

  it('is a compact JWS with the EdDSA header naming the key', () => {
    expect(jwt.split('.')).toHaveLength(3);
    expect(decodeSegment(header)).toEqual({ alg: 'EdDSA', typ: 'JWT', kid: key.keyId });
    expect(Buffer.from(signature, 'base64url')).toHaveLength(64);
  });

  it('maps the credential to the registered claims and carries it whole in vc', () => {
    expect(decodeSegment(payload)).toEqual({
      iss: credential.issuer.id,
      sub: credential.credentialSubject.id,
      jti: credential.id,
      nbf: Date.parse('2026-11-20T09:15:00.000Z') / 1000,
      vc: credential,
    });
  });

  it('verifies with the public key (node:crypto)', () => {
    expect(verifies(`${header}.${payload}`, signature)).toBe(true);
  });

  it('fails to verify when the payload or the header is changed', () => {
    const claims = decodeSegment(payload) as { vc: { credentialSubject: { creditsEarned: number } } };
    claims.vc.credentialSubject.creditsEarned = 200;
    const forged = Buffer.from(JSON.stringify(claims)).toString('base64url');
    expect(verifies(`${header}.${forged}`, signature)).toBe(false);
    const otherHeader = Buffer.from(JSON.stringify({ alg: 'EdDSA', typ: 'JWT', kid: 'kunci-lain' })).toString('base64url');
    expect(verifies(`${otherHeader}.${payload}`, signature)).toBe(false);
  });

  it('fails to verify with another key', () => {
    const other = generateSigningKey(SECRET);
    expect(verify(null, Buffer.from(`${header}.${payload}`), publicKeyOf(other), Buffer.from(signature, 'base64url'))).toBe(false);
  });

  it('gives the same token for the same credential (Ed25519 is deterministic)', () => {
    expect(openBadgeJwt(credential, openSigningKey(key, SECRET), key.keyId)).toBe(jwt);
  });
});
