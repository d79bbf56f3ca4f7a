import type { LocalizedMessage } from './localized-message';

/** Why a whole file was refused, for callers and logs; people read `localized`. */
export type PersonnelFileProblem =
  | 'empty_file'
  | 'not_csv'
  | 'not_utf8'
  | 'no_header'
  | 'missing_columns'
  | 'too_many_rows';

/** The file as a whole cannot be imported; problems of single rows are RowProblems instead. */
export class PersonnelFileError extends Error {
  constructor(
    readonly localized: LocalizedMessage,
    readonly problem: PersonnelFileProblem,
  ) {
    super(localized.id);
    this.name = 'PersonnelFileError';
  }
}
