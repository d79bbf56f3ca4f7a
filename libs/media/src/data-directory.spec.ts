import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataDirectory } from './data-directory';

describe('DataDirectory', () => {
  let root: string;
  let directory: DataDirectory;

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'lentera-data-dir-'));
    directory = new DataDirectory(root);
  });

  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('resolves stored paths inside DATA_DIR and refuses any that lead out of it', () => {
    expect(directory.absolutePath('videos/abc/source')).toBe(join(root, 'videos', 'abc', 'source'));
    for (const outside of ['..', '../etc/passwd', 'videos/../../x', '/etc/passwd', '', '.']) {
      expect(() => directory.absolutePath(outside)).toThrow(/outside DATA_DIR/);
    }
  });

  it('writes atomically (no .part left), tells files from folders, and removes both', async () => {
    await directory.writeAtomically('course-files/c1/a1', Buffer.from('isi berkas'));
    expect(readFileSync(join(root, 'course-files', 'c1', 'a1'), 'utf8')).toBe('isi berkas');
    expect(readdirSync(join(root, 'course-files', 'c1'))).toEqual(['a1']);
    expect(await directory.isFile('course-files/c1/a1')).toBe(true);
    expect(await directory.isFile('course-files/c1')).toBe(false);
    expect(await directory.isFile('course-files/c1/missing')).toBe(false);

    await directory.remove('course-files/c1');
    expect(existsSync(join(root, 'course-files', 'c1'))).toBe(false);
    await expect(directory.remove('course-files/c1')).resolves.toBeUndefined();
  });
});
