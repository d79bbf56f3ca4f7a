import { useSearchParams } from 'react-router';
import { jakartaYear, yearFromParam } from '../../lib/jp-year';

const YEAR_PARAM = 'tahun';
const UNIT_PARAM = 'unit';

/** The report's year (this Jakarta year unless `?tahun=` says otherwise) and work unit (`?unit=`), kept in the address. */
export function useReportFilters() {
  const [searchParams, setSearchParams] = useSearchParams();
  const currentYear = jakartaYear();
  const year = yearFromParam(searchParams.get(YEAR_PARAM), currentYear);
  const workUnit = searchParams.get(UNIT_PARAM)?.trim() || null;

  const setParam = (name: string, value: string | null) => {
    setSearchParams(
      (params) => {
        if (value === null) params.delete(name);
        else params.set(name, value);
        return params;
      },
      { replace: true },
    );
  };

  return {
    year,
    currentYear,
    workUnit,
    setYear: (next: number) => {
      setParam(YEAR_PARAM, String(next));
    },
    setWorkUnit: (next: string | null) => {
      setParam(UNIT_PARAM, next);
    },
  };
}
