import { existsSync } from 'node:fs';
import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import { canonicalJson, type JsonValue } from './canonical-json';
import type { CertificateData } from './certificate-data';
import { formatVerificationCode } from './verification-code';

export type CertificateLanguage = 'id' | 'en' | 'bilingual';

export interface CertificatePdfInput {
  data: CertificateData;
  signature: string;
  heading: string;
  language: CertificateLanguage;
  images: { logo: Buffer | null; background: Buffer | null; signatures: (Buffer | null)[] };
}

/**
 * Liberation Serif (Debian's fonts-liberation2, in the worker image and installed by `npm test`)
 * covers every Latin name; without it the PDF falls back to the built-in Times, which lacks
 * some accented letters.
 */
const FONT_DIR = '/usr/share/fonts/truetype/liberation2';
const SERIF = { regular: `${FONT_DIR}/LiberationSerif-Regular.ttf`, bold: `${FONT_DIR}/LiberationSerif-Bold.ttf` };

const COMPETENCY_LABELS: Record<string, { id: string; en: string }> = {
  teknis: { id: 'Teknis', en: 'Technical' },
  manajerial: { id: 'Manajerial', en: 'Managerial' },
  sosial_kultural: { id: 'Sosial Kultural', en: 'Socio-cultural' },
};

/** Labels of the certificate in its language(s): "id", "en" or "id / en". */
function labelsFor(language: CertificateLanguage) {
  const pick = (id: string, en: string) => (language === 'id' ? id : language === 'en' ? en : `${id} / ${en}`);
  return {
    number: pick('Nomor', 'Number'),
    awardedTo: pick('diberikan kepada', 'is awarded to'),
    nip: 'NIP',
    rank: pick('Pangkat/Golongan', 'Rank/Grade'),
    position: pick('Jabatan', 'Position'),
    agencyOfOrigin: pick('Instansi', 'Agency'),
    completed: pick('telah menyelesaikan pelatihan', 'for completing the training'),
    duration: pick('dengan beban belajar', 'with a study load of'),
    competency: pick('Kompetensi', 'Competency'),
    period: pick('Periode', 'Period'),
    verify: pick('Periksa keaslian sertifikat ini', 'Verify this certificate'),
    code: pick('Kode verifikasi', 'Verification code'),
  };
}

/** "2 November 2026" (id) or "2 November 2026" (en) for a YYYY-MM-DD date. */
function longDate(date: string, language: CertificateLanguage): string {
  const instant = new Date(`${date}T12:00:00+07:00`);
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'id-ID', { timeZone: 'Asia/Jakarta', day: 'numeric', month: 'long', year: 'numeric' }).format(instant);
}

/**
 * The certificate as an A4 landscape PDF: agency, heading and number, the participant with NIP,
 * rank, position and agency, the course with its JP, competency type and dates, the signatories,
 * and a QR code to the public verification page. The signed data and its signature are attached
 * to the PDF as files, so the PDF alone can be checked offline.
 */
export async function renderCertificatePdf(input: CertificatePdfInput): Promise<Buffer> {
  const { data, language } = input;
  const labels = labelsFor(language);
  const qr = await QRCode.toBuffer(data.verifyUrl, { type: 'png', errorCorrectionLevel: 'M', margin: 1, width: 360 });
  const doc = new PDFDocument({
    size: 'A4',
    layout: 'landscape',
    margin: 0,
    info: { Title: `${input.heading} ${data.number}`, Author: data.issuer.name, Subject: data.course.title, Keywords: data.code },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const fonts = existsSync(SERIF.regular) && existsSync(SERIF.bold) ? { regular: SERIF.regular, bold: SERIF.bold } : { regular: 'Times-Roman', bold: 'Times-Bold' };
  const width = doc.page.width;
  const height = doc.page.height;
  const margin = 56;
  const inner = width - 2 * margin;

  if (input.images.background) doc.image(input.images.background, 0, 0, { width, height });
  else doc.lineWidth(3).rect(24, 24, width - 48, height - 48).stroke('#1f4e79').lineWidth(1).rect(32, 32, width - 64, height - 64).stroke('#1f4e79');

  let y = 48;
  if (input.images.logo) {
    doc.image(input.images.logo, width / 2 - 32, y, { fit: [64, 64], align: 'center' });
    y += 70;
  }
  const centred = (text: string, font: string, size: number, gap = 4) => {
    doc.font(font).fontSize(size).fillColor('#111111').text(text, margin, y, { width: inner, align: 'center' });
    y = doc.y + gap;
  };
  centred(data.issuer.name.toUpperCase(), fonts.bold, 14);
  centred(input.heading, fonts.bold, 34, 2);
  centred(`${labels.number}: ${data.number}`, fonts.regular, 12, 12);
  centred(labels.awardedTo, fonts.regular, 12);
  centred(data.participant.name, fonts.bold, 24, 6);

  const facts: [string, string | null][] = [
    [labels.nip, data.participant.nip],
    [labels.rank, data.participant.rankGrade],
    [labels.position, data.participant.position],
    [labels.agencyOfOrigin, [data.participant.workUnit, data.participant.agencyOfOrigin].filter(Boolean).join(', ') || null],
  ];
  for (const [label, value] of facts) if (value) centred(`${label}: ${value}`, fonts.regular, 11, 1);
  y += 8;
  centred(labels.completed, fonts.regular, 12);
  centred(data.course.title, fonts.bold, 16, 4);
  const competency = COMPETENCY_LABELS[data.course.competencyType];
  const competencyText = competency ? (language === 'id' ? competency.id : language === 'en' ? competency.en : `${competency.id} / ${competency.en}`) : data.course.competencyType;
  centred(`${labels.duration} ${data.course.jp} JP · ${labels.competency} ${competencyText}`, fonts.regular, 12, 1);
  centred(`${labels.period}: ${longDate(data.period.start, language)} – ${longDate(data.period.end, language)}`, fonts.regular, 12, 1);

  // Signatories along the bottom right, the QR code bottom left.
  const bottom = height - 64;
  const signatories = data.signatories.slice(0, 3);
  const slot = 190;
  signatories.forEach((signatory, index) => {
    const x = width - margin - (signatories.length - index) * slot;
    doc.font(fonts.regular).fontSize(10).text(longDate(data.issuedAt.slice(0, 10), language), x, bottom - 118, { width: slot - 10, align: 'center' });
    doc.font(fonts.regular).fontSize(10).text(signatory.title, x, bottom - 104, { width: slot - 10, align: 'center' });
    const image = input.images.signatures[index];
    if (image) doc.image(image, x + (slot - 10) / 2 - 50, bottom - 84, { fit: [100, 44], align: 'center' });
    doc.font(fonts.bold).fontSize(11).text(signatory.name, x, bottom - 34, { width: slot - 10, align: 'center', underline: true });
    if (signatory.nip) doc.font(fonts.regular).fontSize(9).text(`NIP ${signatory.nip}`, x, bottom - 20, { width: slot - 10, align: 'center' });
  });
  doc.image(qr, margin, bottom - 104, { width: 96, height: 96 });
  doc.font(fonts.regular).fontSize(8).fillColor('#333333');
  doc.text(labels.verify, margin + 104, bottom - 88, { width: 200 });
  doc.text(data.verifyUrl, margin + 104, doc.y + 2, { width: 200, link: data.verifyUrl });
  doc.text(`${labels.code}: ${formatVerificationCode(data.code)}`, margin + 104, doc.y + 2, { width: 200 });

  doc.file(Buffer.from(canonicalJson(data as unknown as JsonValue), 'utf8'), { name: 'sertifikat.json', type: 'application/json', description: 'Signed certificate data (canonical JSON)' });
  doc.file(Buffer.from(input.signature, 'base64url'), { name: 'sertifikat.sig', type: 'application/octet-stream', description: 'Ed25519 signature of sertifikat.json' });
  doc.end();
  return finished;
}
