import { useJpYear } from '../../lib/use-jp-year';
import { useSearchParam } from '../../lib/use-search-param';

/** The report's year (`?tahun=`, this Jakarta year by default) and work unit (`?unit=`), kept in the address. */
export function useReportFilters() {
  const { year, years, setYear } = useJpYear();
  const [unit, setUnit] = useSearchParam('unit');
  return { year, years, setYear, workUnit: unit?.trim() || null, setWorkUnit: setUnit };
}
