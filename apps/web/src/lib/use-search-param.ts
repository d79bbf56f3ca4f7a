import { useSearchParams } from 'react-router';

/**
 * One query parameter of the address, so a reload or a shared link keeps a page's choice.
 * Setting it replaces the history entry (a filter is not a page to go back to); null removes it.
 */
export function useSearchParam(name: string): [string | null, (value: string | null) => void] {
  const [searchParams, setSearchParams] = useSearchParams();
  const set = (value: string | null) => {
    setSearchParams(
      (params) => {
        if (value === null) params.delete(name);
        else params.set(name, value);
        return params;
      },
      { replace: true },
    );
  };
  return [searchParams.get(name), set];
}
