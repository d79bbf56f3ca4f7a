import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Injectable } from '@nestjs/common';
import { runProcess, type RunResult } from './run-process';
import { conversionLayout, officeExtensions, PROFILE_SETTINGS, sofficeArguments, sofficeEnvironment, type ConversionLayout } from './soffice-arguments';

/** A small document takes 1 to 2 s; a file that needs more than this is refused, not retried. */
export const CONVERSION_TIMEOUT_MS = 120_000;

/**
 * Why a file gave no PDF. Each is taken for a property of the file (converting it again would
 * end the same way), so the preview fails at once instead of after three slow attempts.
 */
export type ConversionProblem = 'unsupported' | 'unreadable' | 'timeout' | 'crashed' | 'not-pdf';

export type ConversionResult =
  | { ok: true; pdf: Buffer; elapsedMs: number }
  | { ok: false; problem: ConversionProblem; detail: string; elapsedMs: number };

/**
 * Office document → PDF with LibreOffice, one `soffice` process per file, in a throwaway folder
 * that is removed afterwards. Rejects (so the job is retried) only for trouble on this machine:
 * LibreOffice missing, a disk error.
 */
@Injectable()
export class DocumentConverter {
  async convertToPdf(sourcePath: string, mediaType: string): Promise<ConversionResult> {
    const startedAt = Date.now();
    const elapsed = () => Date.now() - startedAt;
    const extension = officeExtensions[mediaType];
    if (!extension) return { ok: false, problem: 'unsupported', detail: `no office format for ${mediaType}`, elapsedMs: 0 };
    const layout = conversionLayout(await mkdtemp(join(tmpdir(), 'lentera-preview-')), extension);
    try {
      await prepare(layout, sourcePath);
      const run = await runSoffice(layout);
      if (run.timedOut) return { ok: false, problem: 'timeout', detail: `no result after ${CONVERSION_TIMEOUT_MS} ms`, elapsedMs: elapsed() };
      const pdf = await readIfExists(layout.pdfPath);
      if (!pdf) return { ok: false, ...missingOutput(run), elapsedMs: elapsed() };
      if (!isCompletePdf(pdf)) return { ok: false, problem: 'not-pdf', detail: 'the output is not a complete PDF (%PDF- … %%EOF)', elapsedMs: elapsed() };
      return { ok: true, pdf, elapsedMs: elapsed() };
    } finally {
      await rm(layout.workDir, { recursive: true, force: true });
    }
  }
}

/** The hardened profile, and a copy of the source named by its real type (LibreOffice goes by the name). */
async function prepare(layout: ConversionLayout, sourcePath: string): Promise<void> {
  await mkdir(dirname(layout.settingsFile), { recursive: true });
  await mkdir(layout.outDir);
  await writeFile(layout.settingsFile, PROFILE_SETTINGS);
  await copyFile(sourcePath, layout.sourcePath);
}

async function runSoffice(layout: ConversionLayout): Promise<RunResult> {
  try {
    return await runProcess('soffice', sofficeArguments(layout), {
      env: sofficeEnvironment(layout),
      cwd: layout.workDir,
      timeoutMs: CONVERSION_TIMEOUT_MS,
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new Error(
        'LibreOffice (soffice) is not installed on this worker: apt-get install libreoffice-writer-nogui libreoffice-calc-nogui libreoffice-impress-nogui',
        { cause: error },
      );
    }
    throw error;
  }
}

/**
 * LibreOffice exits with 0 even when it cannot load a file: it says so on stderr ("Error:
 * source file could not be loaded") and writes nothing. A signal or another code is a crash.
 */
function missingOutput(run: RunResult): { problem: ConversionProblem; detail: string } {
  const said = run.stderr.split('\n').find((line) => line.startsWith('Error:'))?.trim();
  if (run.code === 0) return { problem: 'unreadable', detail: said ?? 'no PDF written' };
  return { problem: 'crashed', detail: `soffice ended with ${run.signal ?? `code ${run.code}`}${said ? `: ${said}` : ''}` };
}

/** Starts like a PDF, and ends like one: readers look for `%%EOF` in the last kilobyte. */
function isCompletePdf(bytes: Buffer): boolean {
  return bytes.subarray(0, 5).toString('latin1') === '%PDF-' && bytes.subarray(Math.max(0, bytes.length - 1024)).includes('%%EOF', 0, 'latin1');
}

async function readIfExists(path: string): Promise<Buffer | null> {
  try {
    return await readFile(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}
