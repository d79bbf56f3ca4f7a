// Builds FerretDB (a MongoDB-compatible server on SQLite) from its Go module, once per machine.
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { indent, lastLines, run, which } from './proc.mjs';

export const FERRETDB_VERSION = 'v1.24.2';
// Bumped whenever the patches below change, so a binary built without them is rebuilt.
const LOCAL_BUILD = 'lentera.1';

/**
 * Source edits applied to the module copy before the build, each an exact text that must be found.
 * The SQLite backend looks documents up by `_id` (find, update, delete) with the expression
 * `_ferretdb_sjson->'$._id'`, while it creates the `_id_` index on `_ferretdb_sjson->"_id"`.
 * SQLite uses an index on an expression only for the very same expression, so every lookup by
 * `_id` read and parsed the whole collection (`EXPLAIN QUERY PLAN`: SCAN, not SEARCH USING INDEX):
 * the quiz grading benchmark slowed as its collections grew and spent half of FerretDB's CPU
 * converting stored JSON. `->'_id'` is the same path (a bare label means `$._id`) written as the
 * index writes it, so the planner takes the index. Results do not change, only how they are found.
 */
const PATCHES = [
  {
    file: 'internal/backends/sqlite/metadata/metadata.go',
    from: `IDColumn = DefaultColumn + "->'$._id'"`,
    to: `IDColumn = DefaultColumn + "->'_id'"`,
  },
];

const MODULE = 'github.com/FerretDB/FerretDB';
// A released toolchain the module is known to build with, used when the local Go cannot.
const FALLBACK_TOOLCHAIN = 'go1.24.3';

export function cacheRoot() {
  return process.env.LENTERA_CACHE_DIR || join(homedir(), '.cache', 'lentera');
}

export function ferretDbBinaryPath() {
  const dir = `ferretdb-${FERRETDB_VERSION}-${LOCAL_BUILD}-${process.platform}-${process.arch}`;
  return join(cacheRoot(), dir, 'ferretdb');
}

async function reportsExpectedVersion(binary) {
  if (!existsSync(binary)) return false;
  const { code, stdout } = await run(binary, ['--version'], { timeoutMs: 15_000 });
  return code === 0 && stdout.includes(`version: ${FERRETDB_VERSION}`);
}

function findGo() {
  const go = which('go', ['/usr/local/go/bin', join(homedir(), 'go', 'bin'), '/usr/lib/go/bin']);
  if (!go) {
    throw new Error('Go is needed once to build FerretDB (the local MongoDB-compatible database). '
      + 'Install Go 1.24+ from https://go.dev/dl or apt-get install golang, then run again.');
  }
  return go;
}

async function downloadModule(go, workDir) {
  // Run outside any go.mod so the download does not touch a module of ours.
  const { code, stdout, output } = await run(go, ['mod', 'download', '-json', `${MODULE}@${FERRETDB_VERSION}`], { cwd: workDir });
  let info;
  try {
    info = JSON.parse(stdout);
  } catch {
    info = {};
  }
  if (code !== 0 || !info.Dir) {
    throw new Error(`Could not download ${MODULE}@${FERRETDB_VERSION} through the Go module proxy:\n`
      + indent(lastLines(info.Error || output)));
  }
  return info.Dir;
}

function makeWritable(dir) {
  chmodSync(dir, statSync(dir).mode | 0o700);
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) makeWritable(path);
    else if (entry.isFile()) chmodSync(path, statSync(path).mode | 0o200);
  }
}

function prepareSource(moduleDir, srcDir) {
  // The module cache is read-only, and the build needs one generated file added and PATCHES applied.
  cpSync(moduleDir, srcDir, { recursive: true });
  makeWritable(srcDir);
  // Normally produced by FerretDB's own build tasks; without it the binary panics at start.
  writeFileSync(join(srcDir, 'build', 'version', 'version.txt'), `${FERRETDB_VERSION}\n`);
  for (const patch of PATCHES) {
    const path = join(srcDir, patch.file);
    const source = readFileSync(path, 'utf8');
    if (!source.includes(patch.from)) throw new Error(`FerretDB ${FERRETDB_VERSION}: ${patch.file} no longer holds ${patch.from}; review the patch.`);
    writeFileSync(path, source.replace(patch.from, patch.to));
  }
}

async function goBuild(go, srcDir, outFile, extraEnv = {}) {
  return run(go, ['build', '-trimpath', '-o', outFile, './cmd/ferretdb'], {
    cwd: srcDir,
    // Pure Go (SQLite comes from modernc.org), so no C compiler is needed.
    env: { GOFLAGS: '-mod=mod -buildvcs=false', CGO_ENABLED: '0', ...extraEnv },
  });
}

async function build(go, binary, log) {
  const workDir = mkdtempSync(join(tmpdir(), 'lentera-ferretdb-'));
  const binaryDir = join(binary, '..');
  mkdirSync(binaryDir, { recursive: true });
  // Built next to its final place so the rename below is atomic (same filesystem).
  const tmpBinary = join(binaryDir, `.ferretdb-${process.pid}-${Date.now()}.tmp`);
  try {
    const moduleDir = await downloadModule(go, workDir);
    const srcDir = join(workDir, 'src');
    prepareSource(moduleDir, srcDir);

    let result = await goBuild(go, srcDir, tmpBinary);
    if (result.code !== 0) {
      log(`building FerretDB with the local Go failed; retrying with ${FALLBACK_TOOLCHAIN}…`);
      const first = result.output;
      result = await goBuild(go, srcDir, tmpBinary, { GOTOOLCHAIN: FALLBACK_TOOLCHAIN });
      if (result.code !== 0) {
        throw new Error(`Building FerretDB ${FERRETDB_VERSION} failed.\n`
          + `With the local Go:\n${indent(lastLines(first))}\n`
          + `With ${FALLBACK_TOOLCHAIN}:\n${indent(lastLines(result.output))}`);
      }
    }
    if (!(await reportsExpectedVersion(tmpBinary))) {
      throw new Error(`The FerretDB binary built at ${tmpBinary} does not start (\`--version\` failed).`);
    }
    renameSync(tmpBinary, binary);
  } finally {
    // A copy that failed half-way may still hold read-only directories that block removal.
    try { makeWritable(workDir); } catch { /* best effort */ }
    rmSync(workDir, { recursive: true, force: true });
    rmSync(tmpBinary, { force: true });
  }
}

/**
 * Returns the absolute path of a working FerretDB binary, building it on first use
 * (about a minute) into the per-user cache. Later calls only run `--version`.
 */
export async function ensureFerretDb(log = () => {}) {
  const binary = ferretDbBinaryPath();
  if (await reportsExpectedVersion(binary)) return binary;

  const go = findGo();
  const startedAt = Date.now();
  log(`building FerretDB ${FERRETDB_VERSION} once (about a minute)…`);
  await build(go, binary, log);
  log(`built FerretDB in ${Math.round((Date.now() - startedAt) / 1000)} s → ${binary}`);
  return binary;
}
