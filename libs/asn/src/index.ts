export { normalizeNip, parseNip } from './nip';
export type { Gender, NipKind, NipProblem, NipResult, ParsedNip } from './nip';
export { DEFAULT_MAX_PERSONNEL_ROWS, parsePersonnelCsv, personnelCsvTemplate } from './personnel-csv';
export type { ParsedPersonnelFile, PersonnelCsvOptions } from './personnel-csv';
export { PersonnelFileError } from './personnel-file.error';
export type { PersonnelFileProblem } from './personnel-file.error';
export type { EmploymentType, PersonnelRow, RowProblem } from './personnel-row.validator';
export { personnelColumnLabel } from './personnel-columns';
export type { PersonnelColumn } from './personnel-columns';
