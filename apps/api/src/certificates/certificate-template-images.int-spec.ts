import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { PNG } from 'pngjs';
import request from 'supertest';
import { CertificateIssuingService, CertificatePdfService } from '@lentera/certificates';
import { AgencyRepository, CertificateAuditRepository, CertificateRepository, CertificateTemplateRepository, EnrolmentRepository, UserRepository, type AgencyRole, type UserRecord } from '@lentera/db';
import { buildCourse, isolatedConfig, validNip, type IsolatedConfig } from '@lentera/test-support';
import { AppModule } from '../app.module';
import { graphqlClient, type Json } from '../testing/graphql-client';

const IMAGE = 'contentType url';
const TEMPLATE_FIELDS = `agencyId heading updatedAt logo { ${IMAGE} } background { ${IMAGE} } signatories { name title nip signatureImage { ${IMAGE} } }`;
const TEMPLATE = `query ($agencyId: ID!) { certificateTemplate(agencyId: $agencyId) { ${TEMPLATE_FIELDS} } }`;
const UPDATE_TEMPLATE = `mutation ($agencyId: ID!, $input: CertificateTemplateInput!) { updateCertificateTemplate(agencyId: $agencyId, input: $input) { ${TEMPLATE_FIELDS} } }`;

const SITI = { name: 'Dr. Siti Aminah, M.Si.', title: 'Kepala BPSDM', nip: null };
const BUDI = { name: 'Budi Santoso, S.H.', title: 'Kepala Bidang Pengembangan Kompetensi', nip: null };

/** A PNG as image editors write one: RGBA, a disc of `colour` on transparency. */
function discPng(colour: [number, number, number], width = 48, height = 32): Buffer {
  const png = new PNG({ width, height });
  for (let pixel = 0; pixel < width * height; pixel++) {
    const [x, y] = [pixel % width, Math.floor(pixel / width)];
    png.data.set([...colour, (x - width / 2) ** 2 + (y - height / 2) ** 2 < (height / 2) ** 2 ? 255 : 0], pixel * 4);
  }
  return PNG.sync.write(png, { colorType: 6 });
}

/** Random RGB pixels do not compress: a real ~3 MB PNG, over the logo's limit and under the background's. */
function noisePng(side: number): Buffer {
  const png = new PNG({ width: side, height: side });
  randomBytes(png.data.length).copy(png.data);
  return PNG.sync.write(png, { colorType: 2 });
}

/**
 * A grey baseline JPEG: one component, every 8×8 block with DC difference 0 and no AC
 * coefficients, Huffman tables of one 1-bit code each (so each block is the bits "00").
 */
function greyJpeg(width: number, height: number): Buffer {
  const segment = (marker: number, body: Buffer) => {
    const head = Buffer.from([0xff, marker, 0, 0]);
    head.writeUInt16BE(body.length + 2, 2);
    return Buffer.concat([head, body]);
  };
  const table = (classAndId: number) => Buffer.concat([Buffer.from([classAndId, 1]), Buffer.alloc(15), Buffer.from([0])]);
  const blocks = Math.ceil(width / 8) * Math.ceil(height / 8);
  const bits = '00'.repeat(blocks).padEnd(Math.ceil((blocks * 2) / 8) * 8, '1');
  return Buffer.concat([
    Buffer.from([0xff, 0xd8]),
    segment(0xdb, Buffer.concat([Buffer.from([0]), Buffer.alloc(64, 1)])),
    segment(0xc0, Buffer.from([8, height >> 8, height & 0xff, width >> 8, width & 0xff, 1, 1, 0x11, 0])),
    segment(0xc4, table(0x00)),
    segment(0xc4, table(0x10)),
    segment(0xda, Buffer.from([1, 1, 0x00, 0, 63, 0])),
    Buffer.from((bits.match(/.{8}/g) ?? []).map((byte) => parseInt(byte, 2))),
    Buffer.from([0xff, 0xd9]),
  ]);
}

/** poppler's `pdfimages -list`: one row per image XObject (soft masks included). */
async function pdfImages(pdf: Buffer): Promise<{ type: string; width: number; height: number; encoding: string }[]> {
  const dir = await mkdtemp(join(tmpdir(), 'lentera-template-pdf-'));
  try {
    await writeFile(join(dir, 'sertifikat.pdf'), pdf);
    const rows = execFileSync('pdfimages', ['-list', 'sertifikat.pdf'], { cwd: dir, encoding: 'utf8' }).trim().split('\n').slice(2);
    return rows.map((row) => {
      const [, , type, width, height, , , , encoding] = row.trim().split(/\s+/);
      return { type, width: Number(width), height: Number(height), encoding };
    });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

// Each accepted image is drawn on a trial certificate first (about a second each under jest on a
// busy machine, with another integration file running beside this one).
jest.setTimeout(60_000);

describe('certificate template images', () => {
  let isolated: IsolatedConfig;
  let dataDir: string;
  let app: INestApplication;
  let users: UserRepository;
  let agencyA: string;
  let agencyB: string;
  let adminA: UserRecord;
  let adminB: UserRecord;
  let learnerA: UserRecord;
  let people = 0;

  const http = () => request(app.getHttpServer());
  const { bearer, ok } = graphqlClient(() => app);

  async function person(agencyId: string, role: AgencyRole): Promise<UserRecord> {
    people += 1;
    return users.create({ fullName: `Pengguna Templat ${people}`, email: `templat${people}@uji.lentera.id`, nip: validNip(700 + people), memberships: [{ agencyId, role }] });
  }

  async function newAgency(code: string): Promise<string> {
    return (await app.get(AgencyRepository).create({ code, name: `BPSDM ${code}`, kind: 'regional' })).id;
  }

  const imagePath = (agencyId: string, slot: string) => `/certificates/agencies/${agencyId}/template-images/${slot}`;

  async function upload(user: UserRecord | null, agencyId: string, slot: string, body: Buffer, type = 'application/octet-stream'): Promise<request.Response> {
    let call = http().post(imagePath(agencyId, slot)).set('Content-Type', type);
    if (user) call = call.set('Authorization', await bearer(user));
    return call.send(body);
  }

  async function remove(user: UserRecord | null, agencyId: string, slot: string): Promise<request.Response> {
    let call = http().delete(imagePath(agencyId, slot));
    if (user) call = call.set('Authorization', await bearer(user));
    return call;
  }

  const template = async (user: UserRecord, agencyId: string) => (await ok(user, TEMPLATE, { agencyId })).certificateTemplate;
  const saveTemplate = async (user: UserRecord, agencyId: string, signatories: readonly object[]) =>
    (await ok(user, UPDATE_TEMPLATE, { agencyId, input: { heading: 'SERTIFIKAT PELATIHAN', language: 'ID', numberFormat: '{agencyCode}/{year}/{sequence:5}', signatories } }))
      .updateCertificateTemplate;

  const download = (url: string) => http().get(url).buffer(true).parse(rawBody);
  const storedFiles = async (agencyId: string) => (await readdir(join(dataDir, 'certificate-templates', agencyId)).catch(() => [])).sort();
  const imageAudit = async (agencyId: string) =>
    (await app.get(CertificateAuditRepository).findByAgency(agencyId)).filter((entry) => entry.details.image).map((entry) => ({ ...entry.details, actorId: entry.actorId }));

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'lentera-template-images-'));
    isolated = isolatedConfig('template_images', { DATA_DIR: dataDir });
    const module = await Test.createTestingModule({ imports: [AppModule.forRoot(isolated.config)] }).compile();
    app = module.createNestApplication({ logger: ['error'] });
    await app.init();
    users = app.get(UserRepository);
    agencyA = await newAgency('BPSDM-GBR-A');
    agencyB = await newAgency('BPSDM-GBR-B');
    adminA = await person(agencyA, 'admin');
    adminB = await person(agencyB, 'admin');
    learnerA = await person(agencyA, 'learner');
    await saveTemplate(adminA, agencyA, [SITI, BUDI]);
  });

  afterAll(async () => {
    await app?.close();
    await isolated?.cleanup();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  it('uploads a logo, a background and a signature; the template links serve them; a replaced or removed image is gone', async () => {
    const logo = discPng([200, 30, 30]);
    const background = greyJpeg(64, 48);
    const signature = discPng([20, 20, 120], 60, 24);
    const uploaded = await upload(adminA, agencyA, 'logo', logo);
    expect(uploaded.status).toBe(201);
    expect(uploaded.body).toEqual({ slot: 'logo', contentType: 'image/png', sizeBytes: logo.length });
    // The Content-Type the browser announces does not matter: the bytes say JPEG.
    expect((await upload(adminA, agencyA, 'background', background, 'image/png')).body).toEqual({ slot: 'background', contentType: 'image/jpeg', sizeBytes: background.length });
    expect((await upload(adminA, agencyA, 'signature-1', signature)).status).toBe(201);

    const shown = await template(adminA, agencyA);
    expect(shown.logo).toEqual({ contentType: 'image/png', url: expect.stringMatching(new RegExp(`^/certificates/template-images/${agencyA}/logo\\?v=[\\w-]+&exp=\\d+&sig=[\\w-]+$`)) });
    expect(shown.background.contentType).toBe('image/jpeg');
    expect(shown.signatories.map((signatory: Json) => [signatory.name, signatory.signatureImage?.contentType ?? null])).toEqual([
      [SITI.name, null],
      [BUDI.name, 'image/png'],
    ]);
    for (const [url, bytes, type] of [
      [shown.logo.url, logo, 'image/png'],
      [shown.background.url, background, 'image/jpeg'],
      [shown.signatories[1].signatureImage.url, signature, 'image/png'],
    ] as const) {
      const served = await download(url);
      expect(served.status).toBe(200);
      expect(served.headers).toMatchObject({ 'content-type': type, 'x-content-type-options': 'nosniff', 'cache-control': expect.stringMatching(/^private, max-age=\d+$/) });
      expect(served.body).toEqual(bytes);
    }
    expect(await storedFiles(agencyA)).toEqual([
      expect.stringMatching(/^background-[0-9a-f]{24}\.jpg$/),
      expect.stringMatching(/^logo-[0-9a-f]{24}\.png$/),
      expect.stringMatching(/^signature-1-[0-9a-f]{24}\.png$/),
    ]);

    // The signature covers the agency, slot and file: no other image opens with it, nor a changed one.
    const url = new URL(shown.logo.url, 'http://lentera.test');
    expect((await http().get(shown.logo.url.replace('/logo?', '/background?'))).status).toBe(403);
    expect((await http().get(shown.logo.url.replace(agencyA, agencyB))).status).toBe(403);
    url.searchParams.set('sig', `${url.searchParams.get('sig')!.slice(0, -1)}A`);
    const tampered = await http().get(`${url.pathname}${url.search}`);
    expect(tampered.status).toBe(403);
    expect(tampered.body).toMatchObject({ code: 'FORBIDDEN', message: expect.stringContaining('tidak sah atau sudah kedaluwarsa') });

    const newLogo = discPng([30, 160, 30]);
    expect((await upload(adminA, agencyA, 'logo', newLogo)).status).toBe(201);
    const replaced = await template(adminA, agencyA);
    expect(replaced.logo.url).not.toBe(shown.logo.url);
    expect((await download(replaced.logo.url)).body).toEqual(newLogo);
    const stale = await http().get(shown.logo.url);
    expect(stale.status).toBe(404);
    expect(stale.body.messageEn).toContain('may have been replaced or removed');
    // The replaced file stays on disk: a certificate being rendered may be reading it.
    expect((await storedFiles(agencyA)).filter((name) => name.startsWith('logo-'))).toHaveLength(2);

    expect((await remove(adminA, agencyA, 'logo')).status).toBe(204);
    expect((await remove(adminA, agencyA, 'logo')).status).toBe(204);
    const removed = await template(adminA, agencyA);
    expect(removed.logo).toBeNull();
    expect(removed.background).not.toBeNull();
    expect((await http().get(replaced.logo.url)).status).toBe(404);

    expect(await imageAudit(agencyA)).toEqual([
      { image: 'logo', change: 'uploaded', actorId: adminA.id },
      { image: 'background', change: 'uploaded', actorId: adminA.id },
      { image: 'signature-1', change: 'uploaded', actorId: adminA.id },
      { image: 'logo', change: 'uploaded', actorId: adminA.id },
      { image: 'logo', change: 'removed', actorId: adminA.id },
    ]);
    expect((await app.get(CertificateAuditRepository).findByAgency(agencyA)).every((entry) => entry.action === 'template_changed')).toBe(true);
  });

  it('refuses what is not a whole PNG or JPEG, a body too large and a form or JSON body, with a reason, and stores nothing', async () => {
    const agency = await newAgency('BPSDM-GBR-TOLAK');
    const admin = await person(agency, 'admin');
    const png = discPng([10, 10, 10]);
    const refusals: [string, Buffer, string, number, RegExp][] = [
      ['logo', Buffer.from('Ini teks biasa yang dinamai logo.png, bukan gambar.'), 'image/png', 415, /^Isi berkas ini tidak dikenali sebagai gambar PNG atau JPEG\./],
      ['logo', png.subarray(0, Math.floor(png.length / 2)), 'image/png', 422, /^Gambar ini tidak dapat dipakai: berkasnya terpotong \(tidak lengkap\)\./],
      ['background', Buffer.concat([Buffer.from('GIF89a', 'latin1'), Buffer.alloc(64)]), 'image/gif', 415, /^Berkas ini adalah gambar GIF, bukan gambar PNG atau JPEG\./],
      ['logo', Buffer.concat([png, Buffer.alloc(2 * 1024 * 1024)]), 'image/png', 413, /^Gambar terlalu besar: paling besar 2 MB\.$/],
      ['background', Buffer.concat([png, Buffer.alloc(5 * 1024 * 1024)]), 'image/png', 413, /^Gambar terlalu besar: paling besar 5 MB\.$/],
      ['logo', Buffer.alloc(0), 'image/png', 400, /^Berkas gambar kosong\.$/],
      ['logo', Buffer.from(JSON.stringify({ file: png.toString('base64') })), 'application/json', 415, /bukan sebagai formulir atau JSON/],
      ['logo', png, 'multipart/form-data; boundary=batas', 415, /bukan sebagai formulir atau JSON/],
      ['stempel', png, 'image/png', 400, /^Tempat gambar tidak dikenal/],
      ['signature-3', png, 'image/png', 400, /^Tempat gambar tidak dikenal/],
      ['signature-0', png, 'image/png', 404, /^Penanda tangan 1 belum tersimpan di templat\. Simpan templat dahulu/],
    ];
    for (const [slot, body, type, status, message] of refusals) {
      const response = await upload(admin, agency, slot, body, type);
      expect({ slot, type, status: response.status }).toEqual({ slot, type, status });
      expect(response.body.message).toMatch(message);
      expect(response.body.messageEn).toEqual(expect.any(String));
    }
    expect((await remove(admin, agency, 'signature-0')).status).toBe(404);

    expect(await template(admin, agency)).toMatchObject({ updatedAt: null, logo: null, background: null, signatories: [] });
    expect(await storedFiles(agency)).toEqual([]);
    expect(await app.get(CertificateAuditRepository).findByAgency(agency)).toEqual([]);

    // A background may be larger than a logo.
    const large = noisePng(1000);
    expect(large.length).toBeGreaterThan(2 * 1024 * 1024);
    expect((await upload(admin, agency, 'logo', large)).status).toBe(413);
    expect((await upload(admin, agency, 'background', large)).status).toBe(201);
  });

  it('lets only IssueCertificates in the agency change its images', async () => {
    const png = discPng([50, 50, 50]);
    const auditBefore = await imageAudit(agencyA);
    const anonymous = await upload(null, agencyA, 'logo', png);
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.code).toBe('UNAUTHENTICATED');
    expect((await remove(null, agencyA, 'background')).status).toBe(401);
    for (const [user, agencyId] of [
      [adminB, agencyA],
      [learnerA, agencyA],
      [adminA, '0123456789abcdef01234567'],
    ] as const) {
      const refused = await upload(user, agencyId, 'logo', png);
      expect(refused.status).toBe(403);
      expect(refused.body.code).toBe('FORBIDDEN');
      expect((await remove(user, agencyId, 'background')).status).toBe(403);
    }
    const badId = await upload(adminA, 'bukan-id', 'logo', png);
    expect(badId.status).toBe(400);
    expect(badId.body.messageEn).toBe('The agency id is not valid.');
    expect(await imageAudit(agencyA)).toEqual(auditBefore);
    expect(await imageAudit(agencyB)).toEqual([]);
  });

  it('gives an agency without a template the default one, holding the image', async () => {
    const agency = await newAgency('BPSDM-GBR-BARU');
    const admin = await person(agency, 'admin');
    expect((await template(admin, agency)).updatedAt).toBeNull();
    expect((await upload(admin, agency, 'background', greyJpeg(32, 24))).status).toBe(201);
    const created = await template(admin, agency);
    expect(created).toMatchObject({ heading: 'SERTIFIKAT', logo: null, signatories: [], background: { contentType: 'image/jpeg' } });
    expect(created.updatedAt).not.toBeNull();
  });

  it("keeps the images when the template text is saved, and each signature with its person", async () => {
    const agency = await newAgency('BPSDM-GBR-SIMPAN');
    const admin = await person(agency, 'admin');
    await saveTemplate(admin, agency, [SITI, BUDI]);
    const sitiSignature = discPng([0, 0, 90], 60, 24);
    expect((await upload(admin, agency, 'logo', discPng([90, 0, 0]))).status).toBe(201);
    expect((await upload(admin, agency, 'signature-0', sitiSignature)).status).toBe(201);
    const before = await template(admin, agency);

    const reordered = await saveTemplate(admin, agency, [{ name: 'Rina Wulandari', title: 'Sekretaris', nip: null }, BUDI, SITI]);
    expect(reordered.logo).toEqual(before.logo);
    expect(reordered.signatories.map((signatory: Json) => [signatory.name, signatory.signatureImage?.url ?? null])).toEqual([
      ['Rina Wulandari', null],
      [BUDI.name, null],
      [SITI.name, expect.stringContaining(`/certificates/template-images/${agency}/signature-2?`)],
    ]);
    expect((await download(reordered.signatories[2].signatureImage.url)).body).toEqual(sitiSignature);

    // A save that read the template before an upload landed does not write over it (the service reads again and retries).
    const repository = app.get(CertificateTemplateRepository);
    const read = await repository.findForAgency(agency);
    expect((await upload(admin, agency, 'signature-1', discPng([0, 90, 0], 60, 24))).status).toBe(201);
    expect(await repository.saveText(agency, { ...read, signatories: read.signatories }, admin.id, read.updatedAt)).toBeNull();
    expect((await repository.findForAgency(agency)).signatories[1].signature).not.toBeNull();

    const withoutSiti = await saveTemplate(admin, agency, [BUDI]);
    expect(withoutSiti.signatories).toEqual([{ ...BUDI, signatureImage: { contentType: 'image/png', url: expect.stringContaining('/signature-0?') } }]);
    expect(withoutSiti.logo).toEqual(before.logo);
    expect((await remove(admin, agency, 'signature-0')).status).toBe(204);
    expect((await template(admin, agency)).signatories[0].signatureImage).toBeNull();
    // Removing from a signatory without an image is fine; an index past the saved ones is not.
    expect((await remove(admin, agency, 'signature-0')).status).toBe(204);
    expect((await upload(admin, agency, 'signature-1', sitiSignature)).body.messageEn).toBe(
      'Signatory 2 is not saved in the template yet. Save the template first, then upload the signature.',
    );
  });

  it("draws the images into an issued certificate's PDF", async () => {
    const agency = await newAgency('BPSDM-GBR-PDF');
    const admin = await person(agency, 'admin');
    await saveTemplate(admin, agency, [SITI, BUDI]);
    const course = await buildCourse(app, { agencyId: agency, title: 'Kearsipan Digital', jp: 8, modules: [[{}]] });
    /** A certificate of the course for a new learner, numbered, signed and rendered as the worker does. */
    const renderedPdf = async () => {
      const learner = await person(agency, 'learner');
      await app.get(EnrolmentRepository).enrolOnce({ userId: learner.id, courseId: course.id, agencyId: agency, status: 'active', source: 'self' }, new Date());
      const issuing = app.get(CertificateIssuingService, { strict: false });
      const claimed = await issuing.claim({
        agencyId: agency,
        courseId: course.id,
        userId: learner.id,
        completionId: null,
        assignmentId: null,
        source: 'manual',
        issueKey: `manual:${learner.id}:${course.id}`,
        requestedBy: admin.id,
        replacesId: null,
      });
      await issuing.finish(claimed.id);
      expect(await app.get(CertificatePdfService, { strict: false }).render(claimed.id)).toBe('rendered');
      const certificate = await app.get(CertificateRepository).findById(claimed.id);
      return readFile(join(dataDir, certificate!.pdf.path!));
    };
    const plain = await renderedPdf();

    expect((await upload(admin, agency, 'background', greyJpeg(64, 48))).status).toBe(201);
    expect((await upload(admin, agency, 'logo', discPng([200, 30, 30], 48, 32))).status).toBe(201);
    expect((await upload(admin, agency, 'signature-1', discPng([20, 20, 120], 60, 24))).status).toBe(201);
    const withImages = await renderedPdf();

    const plainImages = await pdfImages(plain);
    // Only the QR code (with its soft mask).
    expect(plainImages.map((image) => [image.type, image.width])).toEqual([
      ['image', 360],
      ['smask', 360],
    ]);
    const images = await pdfImages(withImages);
    expect(images).toEqual(
      expect.arrayContaining([
        { type: 'image', width: 64, height: 48, encoding: 'jpeg' }, // the background, a JPEG kept as it is
        { type: 'image', width: 48, height: 32, encoding: 'image' }, // the logo
        { type: 'smask', width: 48, height: 32, encoding: 'image' }, // and its transparency
        { type: 'image', width: 60, height: 24, encoding: 'image' }, // Budi's signature
        { type: 'smask', width: 60, height: 24, encoding: 'image' },
      ]),
    );
    expect(images).toHaveLength(plainImages.length + 5);
    expect(withImages.length).toBeGreaterThan(plain.length);
  });
});

function rawBody(response: request.Response, callback: (error: Error | null, body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  response.on('data', (chunk: Buffer) => chunks.push(chunk));
  response.on('end', () => callback(null, Buffer.concat(chunks)));
}
