import { Controller, Get, Headers, HttpCode, HttpStatus, Param, Post, Query, Req, Res, StreamableFile } from '@nestjs/common';
import type { Request, Response } from 'express';
import { AgencyRepository, isValidId } from '@lentera/db';
import { Public, SignedIn } from '../auth/access.decorator';
import type { Actor } from '../auth/actor';
import { AgencyAccess } from '../auth/agency-access';
import { CurrentActor } from '../auth/current-actor.decorator';
import { Permission } from '../auth/permissions';
import { contentDisposition } from '../course-files/content-disposition';
import { notARawFile } from '../course-files/course-files.errors';
import { readRequestBody, uploadFileName } from '../http/request-body';
import { sendFile } from '../http/send-file';
import { EvidenceFileStore } from './evidence-file.store';
import { EvidenceUrlSigner } from './evidence-url.signer';
import { ExternalActivityService } from './external-activity.service';
import { belowTargetTable, siasnTable, tableCsv, tableXlsx, type ExportTable } from './jp-export';
import { evidenceFileNotFound, evidenceTooLarge, invalidEvidenceLink, invalidExportFormat, MAX_EVIDENCE_BYTES } from './jp-ledger.errors';
import { JpLedgerService } from './jp-ledger.service';

const PARSED_BODY_TYPES = ['application/json', 'application/x-www-form-urlencoded', 'multipart/form-data'];
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * REST for what GraphQL is wrong for: the evidence upload (raw body, header `X-File-Name`), the
 * evidence download (the signed URL is the authorization) and the spreadsheet exports.
 */
@Controller('jp-ledger')
export class JpLedgerController {
  constructor(
    private readonly activities: ExternalActivityService,
    private readonly ledgers: JpLedgerService,
    private readonly files: EvidenceFileStore,
    private readonly evidenceUrls: EvidenceUrlSigner,
    private readonly agencies: AgencyRepository,
    private readonly access: AgencyAccess,
  ) {}

  /** `POST /jp-ledger/evidence`: 201 `{ uploadId, fileName, mediaType, sizeBytes }`; PDF, JPEG or PNG, at most 10 MB. */
  @SignedIn()
  @Post('evidence')
  @HttpCode(HttpStatus.CREATED)
  async uploadEvidence(@CurrentActor() actor: Actor, @Req() request: Request, @Headers('x-file-name') fileName?: string) {
    if (request.is(PARSED_BODY_TYPES)) throw notARawFile();
    const bytes = await readRequestBody(request, MAX_EVIDENCE_BYTES, evidenceTooLarge);
    return this.activities.uploadEvidence(actor.userId, uploadFileName(fileName, ''), bytes);
  }

  /** `GET /jp-ledger/evidence/:activityId?exp=..&sig=..`, from the `evidence.url` the resolvers hand out. */
  @Public()
  @Get('evidence/:activityId')
  async evidence(@Param('activityId') activityId: string, @Query('exp') exp: unknown, @Query('sig') sig: unknown, @Res() response: Response): Promise<void> {
    if (!isValidId(activityId) || !this.evidenceUrls.verify(activityId, stringOr(exp), stringOr(sig))) throw invalidEvidenceLink();
    const activity = await this.activities.byId(activityId);
    if (!activity) throw evidenceFileNotFound();
    await sendFile(
      response,
      this.files.absolutePath(activity.evidence.path),
      {
        'Content-Type': activity.evidence.mediaType,
        'Content-Disposition': contentDisposition('inline', activity.evidence.fileName),
        'X-Content-Type-Options': 'nosniff',
        'Content-Security-Policy': "sandbox; default-src 'none'",
        'Cache-Control': 'private, no-store',
      },
      evidenceFileNotFound,
    );
  }

  /** `GET /jp-ledger/agencies/:agencyId/below-target.csv|xlsx?year=&workUnit=`: ManageJp in the agency. */
  @SignedIn()
  @Get('agencies/:agencyId/below-target.:format')
  async belowTarget(
    @CurrentActor() actor: Actor,
    @Param('agencyId') agencyId: string,
    @Param('format') format: string,
    @Query('year') year: unknown,
    @Query('workUnit') workUnit: unknown,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StreamableFile> {
    const scope = this.access.scope(actor, Permission.ManageJp, agencyId);
    const report = await this.ledgers.agencyReport(scope, yearOf(year), stringOr(workUnit) ?? null);
    return exportFile(response, belowTargetTable(report.belowTarget), format, `jp-di-bawah-target-${report.year}`);
  }

  /** `GET /jp-ledger/agencies/:agencyId/learners/:userId/siasn.csv|xlsx?year=`: SIASN course history of one learner. */
  @SignedIn()
  @Get('agencies/:agencyId/learners/:userId/siasn.:format')
  async siasn(
    @CurrentActor() actor: Actor,
    @Param('agencyId') agencyId: string,
    @Param('userId') userId: string,
    @Param('format') format: string,
    @Query('year') year: unknown,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StreamableFile> {
    const scope = this.access.scope(actor, Permission.ManageJp, agencyId);
    const { user, ledger, minutesPerJp } = await this.ledgers.learnerOfAgency(scope, userId, yearOf(year));
    const agency = await this.agencies.findById(scope.agencyId);
    return exportFile(response, siasnTable(ledger, minutesPerJp, agency?.name ?? 'Lentera'), format, `siasn-riwayat-kursus-${user.nip ?? user.id}-${ledger.year}`);
  }
}

async function exportFile(response: Response, table: ExportTable, format: string, baseName: string): Promise<StreamableFile> {
  if (format !== 'csv' && format !== 'xlsx') throw invalidExportFormat();
  const content = format === 'csv' ? tableCsv(table) : await tableXlsx(table);
  response.setHeader('Cache-Control', 'no-store');
  return new StreamableFile(content, {
    type: format === 'csv' ? 'text/csv; charset=utf-8' : XLSX_TYPE,
    disposition: contentDisposition('attachment', `${baseName}.${format}`),
    length: content.length,
  });
}

function stringOr(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** A year from the query string; the service refuses one out of range. */
function yearOf(value: unknown): number | null {
  return typeof value === 'string' && value !== '' ? Number(value) : null;
}
