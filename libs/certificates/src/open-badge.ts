import { createHash, sign, type KeyObject } from 'node:crypto';
import { verificationUrl, type CertificateData } from './certificate-data';

/**
 * A certificate as an Open Badges 3.0 `OpenBadgeCredential` (1EdTech, on the W3C Verifiable
 * Credentials Data Model 2.0), so it can go into a wallet or a profile that reads badges, and
 * the same credential as a VC-JWT (OB 3.0 §8.2, "JSON Web Token Proof Format").
 *
 * Built from the signed certificate data only, so the badge never says more than the paper.
 * The learner is named by salted SHA-256 hashes of their NIP and name (OB 3.0 IdentityObject):
 * a badge travels to places the verification page does not, and the NIP is personal data.
 */

export const OPEN_BADGE_CONTEXTS = ['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json'] as const;

/** The files the API serves for a certificate under `/public/certificates/<code>/`. */
export const PUBLIC_CERTIFICATE_FILES = ['sertifikat.json', 'sertifikat.sig', 'kunci-publik.pem', 'open-badge.json', 'open-badge.jwt'] as const;
export type PublicCertificateFile = (typeof PUBLIC_CERTIFICATE_FILES)[number];

/** Where anyone downloads one of a certificate's public files. */
export function publicCertificateFileUrl(publicUrl: string, code: string, file: PublicCertificateFile): string {
  return `${publicUrl.replace(/\/+$/, '')}/public/certificates/${code}/${file}`;
}

export interface IdentityObject {
  type: 'IdentityObject';
  /** `sha256$` + hex SHA-256 of the identifier followed by the salt. */
  identityHash: string;
  identityType: 'identifier' | 'name';
  hashed: true;
  salt: string;
}

export interface OpenBadgeCredential {
  '@context': string[];
  id: string;
  type: ['VerifiableCredential', 'OpenBadgeCredential'];
  name: string;
  description: string;
  issuer: { id: string; type: ['Profile']; name: string };
  validFrom: string;
  credentialSubject: {
    id: string;
    type: ['AchievementSubject'];
    identifier: IdentityObject[];
    activityStartDate: string;
    activityEndDate: string;
    creditsEarned: number;
    achievement: {
      id: string;
      type: ['Achievement'];
      achievementType: 'Certificate';
      name: string;
      description: string;
      criteria: { narrative: string };
      creditsAvailable: number;
      inLanguage: string;
      tag: string[];
    };
  };
  evidence: { id: string; type: ['Evidence']; name: string; narrative: string }[];
}

const COMPETENCY_LABELS: Record<string, { id: string; en: string }> = {
  teknis: { id: 'teknis', en: 'technical' },
  manajerial: { id: 'manajerial', en: 'managerial' },
  sosial_kultural: { id: 'sosial kultural', en: 'socio-cultural' },
};

/**
 * The credential for a signed certificate. Pure: the same data gives the same credential, so the
 * JSON and the JWT a verifier downloads twice are the same bytes.
 * - `id` is where the credential itself is downloaded; the issuer (an agency) and the subject
 *   have no public page of their own, so they are named by URNs (no wallet DID is known for a
 *   learner: the subject is "the person this certificate names", identified by the hashes).
 * - JP (jam pelajaran) are the credits: what Indonesian training time is counted in.
 */
export function openBadgeCredential(data: CertificateData, publicUrl: string): OpenBadgeCredential {
  const base = publicUrl.replace(/\/+$/, '');
  const salt = identitySalt(data.code);
  const competency = COMPETENCY_LABELS[data.course.competencyType] ?? { id: data.course.competencyType, en: data.course.competencyType };
  const identifier = [
    ...(data.participant.nip ? [identityObject('identifier', data.participant.nip, salt)] : []),
    identityObject('name', data.participant.name, salt),
  ];
  const verifyPage = verificationUrl(base, data.code);
  return {
    '@context': [...OPEN_BADGE_CONTEXTS],
    id: publicCertificateFileUrl(base, data.code, 'open-badge.json'),
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    name: `Sertifikat ${data.course.title}`,
    description:
      `Sertifikat nomor ${data.number} dari ${data.issuer.name}. Keaslian dan statusnya dapat diperiksa di ${verifyPage}. ` +
      `/ Certificate number ${data.number} from ${data.issuer.name}. Check that it is genuine and still valid at ${verifyPage}.`,
    issuer: { id: `urn:lentera:agency:${data.issuer.agencyId}`, type: ['Profile'], name: data.issuer.name },
    validFrom: data.issuedAt,
    credentialSubject: {
      id: `urn:lentera:recipient:${data.code}`,
      type: ['AchievementSubject'],
      identifier,
      activityStartDate: jakartaMidnight(data.period.start),
      activityEndDate: jakartaMidnight(data.period.end),
      creditsEarned: data.course.jp,
      achievement: {
        id: `${base}/kursus/${data.course.id}`,
        type: ['Achievement'],
        achievementType: 'Certificate',
        name: data.course.title,
        description:
          `Pengembangan kompetensi ${competency.id} sebanyak ${data.course.jp} JP (jam pelajaran) yang diselenggarakan oleh ${data.issuer.name}. ` +
          `/ ${data.course.jp} JP (lesson hours) of ${competency.en} competency development run by ${data.issuer.name}.`,
        criteria: {
          narrative:
            `Menyelesaikan seluruh pelatihan "${data.course.title}" sesuai ketentuan ${data.issuer.name}. ` +
            `/ Completed the whole of the training "${data.course.title}" as ${data.issuer.name} requires.`,
        },
        creditsAvailable: data.course.jp,
        inLanguage: 'id',
        tag: [competency.id],
      },
    },
    evidence: [
      {
        id: verifyPage,
        type: ['Evidence'],
        name: 'Halaman verifikasi sertifikat / Certificate verification page',
        narrative: `Nomor sertifikat / Certificate number: ${data.number}`,
      },
    ],
  };
}

/**
 * The credential as a compact JWS (OB 3.0 §8.2): header `{alg: EdDSA, typ: JWT, kid}`, and the
 * payload's registered claims mapped from the credential (iss = issuer.id, sub =
 * credentialSubject.id, jti = id, nbf = validFrom) with the credential itself in `vc`. No `exp`:
 * a certificate does not expire (revocation is answered live by the verification page).
 */
export function openBadgeJwt(credential: OpenBadgeCredential, privateKey: KeyObject, keyId: string): string {
  if (privateKey.asymmetricKeyType !== 'ed25519') throw new TypeError('an Open Badge JWT is signed with an Ed25519 key (EdDSA)');
  const header = { alg: 'EdDSA', typ: 'JWT', kid: keyId };
  const payload = {
    iss: credential.issuer.id,
    sub: credential.credentialSubject.id,
    jti: credential.id,
    nbf: Math.floor(Date.parse(credential.validFrom) / 1000),
    vc: credential,
  };
  const signingInput = `${base64url(JSON.stringify(header))}.${base64url(JSON.stringify(payload))}`;
  return `${signingInput}.${sign(null, Buffer.from(signingInput, 'ascii'), privateKey).toString('base64url')}`;
}

function identityObject(identityType: IdentityObject['identityType'], value: string, salt: string): IdentityObject {
  return { type: 'IdentityObject', identityHash: `sha256$${createHash('sha256').update(value + salt, 'utf8').digest('hex')}`, identityType, hashed: true, salt };
}

/**
 * One salt per certificate, derived from its code so the builder stays pure. The salt is
 * published with the hash (as OB requires), so deriving it from public data costs nothing; what
 * it buys is that one table of hashed NIPs does not fit every badge.
 */
function identitySalt(code: string): string {
  return createHash('sha256').update(`lentera/open-badge/identity-salt/${code}`).digest('hex').slice(0, 32);
}

/** A calendar date of the certificate (Asia/Jakarta) as the DateTime OB asks for: its start in WIB. */
function jakartaMidnight(date: string): string {
  return `${date}T00:00:00+07:00`;
}

function base64url(text: string): string {
  return Buffer.from(text, 'utf8').toString('base64url');
}
