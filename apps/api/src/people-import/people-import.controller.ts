import { Controller, Get, Headers, HttpCode, HttpStatus, Param, Post, Query, Req, Res, StreamableFile } from '@nestjs/common';
import { personnelCsvTemplate } from '@lentera/asn';
import type { Request, Response } from 'express';
import { RequirePermission, SignedIn } from '../auth/access.decorator';
import type { Actor } from '../auth/actor';
import { AgencyAccess } from '../auth/agency-access';
import { CurrentActor } from '../auth/current-actor.decorator';
import { Permission } from '../auth/permissions';
import { PeopleImportService } from './people-import.service';
import { readUploadedFile, uploadFileName } from './uploaded-file';
import { UserImportReader } from './user-import-reader.service';

/**
 * REST because GraphQL is the wrong tool for files: the upload is the raw CSV as the body,
 * the downloads are CSV. Errors answer `{ code, message, messageEn }` (see httpErrorResponse).
 */
@Controller('imports/users')
export class PeopleImportController {
  constructor(
    private readonly imports: PeopleImportService,
    private readonly reader: UserImportReader,
    private readonly access: AgencyAccess,
  ) {}

  /** `POST /imports/users?agencyId=<id>`, header `X-File-Name`: 202 `{ importId }`, then poll `userImport(id)`. */
  @RequirePermission(Permission.ImportPeople, { agencyArg: 'agencyId' })
  @Post()
  @HttpCode(HttpStatus.ACCEPTED)
  async upload(
    @CurrentActor() actor: Actor,
    @Query('agencyId') agencyId: string,
    @Req() request: Request,
    @Headers('x-file-name') fileName?: string,
  ): Promise<{ importId: string }> {
    const scope = this.access.scope(actor, Permission.ImportPeople, agencyId);
    const bytes = await readUploadedFile(request);
    return this.imports.start(scope, actor, { fileName: uploadFileName(fileName), bytes });
  }

  @SignedIn()
  @Get('template.csv')
  template(): StreamableFile {
    // The byte order mark makes Excel read the names as UTF-8.
    return csvFile(Buffer.from(`\uFEFF${personnelCsvTemplate}`, 'utf8'), 'templat-impor-asn.csv');
  }

  /** Who may see the report is decided by the import's agency, which only the service knows. */
  @SignedIn()
  @Get(':importId/errors.csv')
  async errorReport(
    @CurrentActor() actor: Actor,
    @Param('importId') importId: string,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StreamableFile> {
    const report = await this.reader.errorReport(actor, importId);
    response.setHeader('Cache-Control', 'no-store');
    return csvFile(report.content, report.fileName);
  }
}

function csvFile(content: Buffer, fileName: string): StreamableFile {
  return new StreamableFile(content, {
    type: 'text/csv; charset=utf-8',
    disposition: `attachment; filename="${fileName}"`,
    length: content.length,
  });
}
