import { Injectable, Logger } from '@nestjs/common';
import { parsePersonnelCsv, PersonnelFileError, type ParsedPersonnelFile } from '@lentera/asn';
import { PersonImportRepository, UserImportRepository, type AgencyScope, type UserImportRecord } from '@lentera/db';
import { contractOf, PermanentJobError, type JobContext, type JobHandler, type JobPayloads, type JobResults } from '@lentera/jobs';
import { ImportFileSource } from './import-file-source';
import { ImportTally, toPersonByNip } from './import-tally';
import { fileMissingMessage, importInterruptedMessage } from './people-import.messages';

/** Rows per round trip: one lookup (by NIP and email) and one insertMany per batch. */
export const IMPORT_BATCH_SIZE = 500;

type ImportResult = JobResults['people.import'];

/**
 * `people.import`: creates or updates the ASN of an uploaded personnel CSV and makes them
 * learners of the agency. State: queued → running → completed | failed. A run always starts
 * from the first row: the writes are idempotent, so a worker killed mid-file loses nothing,
 * and rows it had already written count as unchanged in the run that finishes the file.
 */
@Injectable()
export class PeopleImportProcessor implements JobHandler<'people.import'> {
  readonly jobName = 'people.import' as const;
  private readonly logger = new Logger(PeopleImportProcessor.name);

  constructor(
    private readonly imports: UserImportRepository,
    private readonly people: PersonImportRepository,
    private readonly files: ImportFileSource,
  ) {}

  async handle({ importId }: JobPayloads['people.import'], context: JobContext): Promise<ImportResult> {
    const loaded = await this.imports.findForProcessing(importId);
    if (!loaded) throw new PermanentJobError(`import ${importId} does not exist`);
    const { userImport, scope } = loaded;
    if (userImport.status === 'completed' || userImport.status === 'failed') return countsOf(userImport);
    try {
      return await this.run(userImport, scope, context);
    } catch (error) {
      if (!(error instanceof PermanentJobError) && isLastAttempt(context)) {
        // No retry follows: without this the import would show "running" forever.
        await this.imports.markFailed(importId, importInterruptedMessage()).catch((markError: unknown) => {
          this.logger.error({ importId, err: markError }, 'could not mark the import as failed');
        });
      }
      throw error;
    }
  }

  private async run(userImport: UserImportRecord, scope: AgencyScope, context: JobContext): Promise<ImportResult> {
    const importId = userImport.id;
    const file = await this.readFile(userImport);
    await this.imports.startRun(importId, file.totalRows);
    const tally = new ImportTally(file.totalRows, file.problems);
    await this.imports.saveProblems(importId, tally.sortedProblems());
    await this.imports.saveProgress(importId, tally.progress());
    for (let start = 0; start < file.rows.length; start += IMPORT_BATCH_SIZE) {
      const batch = file.rows.slice(start, start + IMPORT_BATCH_SIZE);
      tally.add(batch, await this.people.upsertPeopleByNip(scope, batch.map(toPersonByNip)));
      await this.imports.saveProgress(importId, tally.progress());
      await context.reportProgress(tally.percent());
    }
    await this.imports.complete(importId, tally.progress(), tally.sortedProblems());
    await context.reportProgress(100);
    const result = tally.result();
    this.logger.log({ importId, agencyId: userImport.agencyId, jobId: context.jobId, ...result }, 'people import completed');
    return result;
  }

  /** The stored upload, parsed; a file that cannot be imported fails the import for good. */
  private async readFile(userImport: UserImportRecord): Promise<ParsedPersonnelFile> {
    const bytes = await this.files.read(userImport.storedFile);
    if (!bytes) return this.failPermanently(userImport.id, fileMissingMessage(), 'stored file is missing');
    try {
      return parsePersonnelCsv(bytes);
    } catch (error) {
      // The API checked the file before queueing it; this catches a file changed on disk since.
      if (error instanceof PersonnelFileError) return this.failPermanently(userImport.id, error.localized, error.problem);
      throw error;
    }
  }

  private async failPermanently(importId: string, reason: { id: string; en: string }, cause: string): Promise<never> {
    await this.imports.markFailed(importId, reason);
    throw new PermanentJobError(`import ${importId} cannot be processed: ${cause}`);
  }
}

function countsOf(userImport: UserImportRecord): ImportResult {
  return { created: userImport.created, updated: userImport.updated, unchanged: userImport.unchanged, failed: userImport.failed };
}

function isLastAttempt(context: JobContext): boolean {
  return context.attempt >= (contractOf('people.import').options.attempts ?? 1);
}
