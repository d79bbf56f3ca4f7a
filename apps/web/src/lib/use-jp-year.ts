import { jakartaYear, yearFromParam, yearOptions } from './jp-year';
import { useSearchParam } from './use-search-param';

/** The JP year a page shows, kept in the address (`?tahun=2025`): this Jakarta year until another is chosen. */
export function useJpYear() {
  const [requested, setRequested] = useSearchParam('tahun');
  const currentYear = jakartaYear();
  const year = yearFromParam(requested, currentYear);
  return {
    year,
    /** What the year picker offers. */
    years: yearOptions(currentYear, year),
    setYear: (next: number) => {
      setRequested(String(next));
    },
  };
}
