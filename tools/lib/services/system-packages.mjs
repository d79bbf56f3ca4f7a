// Makes sure the Debian tools Lentera shells out to are installed.
import { indent, lastLines, run, which } from './proc.mjs';

// Tool on PATH -> the Debian packages that provide it (with what it needs to do its job).
const TOOLS = {
  'redis-server': ['redis-server'],
  ffmpeg: ['ffmpeg'],
  ffprobe: ['ffmpeg'],
  chromium: ['chromium'],
  // LibreOffice without its GUI turns office documents into the PDF previews learners read
  // (the worker's document.preview job). The fonts are metric-compatible with Arial, Times New
  // Roman, Courier New, Calibri and Cambria, so a preview keeps the original's line and page breaks.
  soffice: [
    'libreoffice-writer-nogui',
    'libreoffice-calc-nogui',
    'libreoffice-impress-nogui',
    'fonts-liberation2',
    'fonts-crosextra-carlito',
    'fonts-crosextra-caladea',
  ],
  // The document preview tests read the text of a converted PDF back.
  pdftotext: ['poppler-utils'],
};

const APT_ENV = { DEBIAN_FRONTEND: 'noninteractive' };
// Waiting for the dpkg lock beats failing when another apt run (or unattended-upgrades) holds it.
const APT_OPTIONS = ['-o', 'DPkg::Lock::Timeout=300'];

function findTools() {
  return Object.fromEntries(Object.keys(TOOLS).map((tool) => [tool, which(tool)]));
}

function packagesFor(tools) {
  return [...new Set(tools.flatMap((tool) => TOOLS[tool]))];
}

function cannotInstallError(missingTools, reason, packages) {
  const names = missingTools.join(', ');
  const verb = missingTools.length === 1 ? 'is' : 'are';
  const hint = reason === 'not root'
    ? `Install ${missingTools.length === 1 ? 'it' : 'them'}: sudo apt-get install ${packages.join(' ')}`
    : `Install the Debian/Ubuntu package(s) ${packages.join(' ')} (or your system's equivalent) so that ${names} ${verb} on PATH.`;
  return new Error(`${names} ${verb} missing and cannot be installed automatically (${reason}). ${hint}`);
}

async function aptInstall(packages) {
  const install = () => run('apt-get', [...APT_OPTIONS, 'install', '-y', '--no-install-recommends', ...packages], { env: APT_ENV });
  let result = await install();
  if (result.code !== 0) {
    // Stale or missing package lists are the usual cause (fresh containers ship none), so
    // refresh once and retry instead of always paying for `apt-get update` up front.
    const update = await run('apt-get', [...APT_OPTIONS, 'update'], { env: APT_ENV });
    if (update.code !== 0) {
      throw new Error(`apt-get update failed:\n${indent(lastLines(update.output))}`);
    }
    result = await install();
  }
  if (result.code !== 0) {
    throw new Error(`apt-get install ${packages.join(' ')} failed:\n${indent(lastLines(result.output))}`);
  }
}

/**
 * Ensures redis-server, ffmpeg/ffprobe, chromium, soffice (LibreOffice) and pdftotext are on
 * PATH, installing the missing ones with apt-get when running as root. Makes no apt call when nothing is missing.
 * Resolves with the absolute path of each tool.
 */
export async function ensureSystemPackages(log = () => {}) {
  const found = findTools();
  const missing = Object.keys(found).filter((tool) => !found[tool]);
  if (missing.length === 0) return found;

  const packages = packagesFor(missing);
  if (typeof process.getuid === 'function' && process.getuid() !== 0) {
    throw cannotInstallError(missing, 'not root', packages);
  }
  if (!which('apt-get')) {
    throw cannotInstallError(missing, 'apt-get not found', packages);
  }

  const startedAt = Date.now();
  log(`installing ${packages.join(', ')} with apt-get… (can take a few minutes the first time)`);
  await aptInstall(packages);

  const after = findTools();
  const stillMissing = Object.keys(after).filter((tool) => !after[tool]);
  if (stillMissing.length > 0) {
    throw new Error(`apt-get installed ${packages.join(' ')} but ${stillMissing.join(', ')} is still not on PATH.`);
  }
  log(`installed ${packages.join(', ')} in ${Math.round((Date.now() - startedAt) / 1000)} s`);
  return after;
}
