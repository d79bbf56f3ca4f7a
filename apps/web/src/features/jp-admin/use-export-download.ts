import { useState } from 'react';
import { useAuthSession } from '../auth/auth-context';
import { downloadExport } from './jp-export-download';
import type { ExportFormat } from './jp-export-files';

export interface ExportRequest {
  /** Tells the buttons apart: the one in flight shows it. */
  key: string;
  url: string;
  format: ExportFormat;
  fileName: string;
}

/** One export at a time: which one is on its way, and why the last one failed. */
export function useExportDownload() {
  const session = useAuthSession();
  const [busyKey, setBusyKey] = useState<string | null>(null);
  const [failure, setFailure] = useState<unknown>(null);

  const download = async ({ key, url, format, fileName }: ExportRequest) => {
    if (busyKey !== null) return;
    setBusyKey(key);
    setFailure(null);
    try {
      await downloadExport(session, url, format, fileName);
    } catch (error) {
      setFailure(error);
    } finally {
      setBusyKey(null);
    }
  };

  return {
    busyKey,
    failure,
    download,
    dismissFailure: () => {
      setFailure(null);
    },
  };
}

export type ExportDownload = ReturnType<typeof useExportDownload>;
