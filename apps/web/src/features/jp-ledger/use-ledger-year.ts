import { useSearchParams } from 'react-router';
import { jakartaYear, yearFromParam, yearOptions } from '../../lib/jp-year';

/** Query parameter holding the year shown on "JP saya". */
const YEAR_PARAM = 'tahun';

/** The year shown, kept in the address (`?tahun=2025`) so a reload or a shared link keeps it; this Jakarta year until chosen. */
export function useLedgerYear() {
  const [searchParams, setSearchParams] = useSearchParams();
  const current = jakartaYear();
  const year = yearFromParam(searchParams.get(YEAR_PARAM), current);

  const select = (chosen: number) => {
    setSearchParams(
      (params) => {
        params.set(YEAR_PARAM, String(chosen));
        return params;
      },
      { replace: true },
    );
  };

  return { year, years: yearOptions(current, year), select };
}
