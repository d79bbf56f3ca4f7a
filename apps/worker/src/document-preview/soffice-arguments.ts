import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * The office formats the API accepts (by content; see apps/api's file-signature.ts), each with
 * the extension LibreOffice picks its import filter by. PDFs and images need no preview.
 */
export const officeExtensions: Readonly<Record<string, string>> = {
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'xlsx',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'pptx',
  'application/vnd.oasis.opendocument.text': 'odt',
  'application/vnd.oasis.opendocument.spreadsheet': 'ods',
  'application/vnd.oasis.opendocument.presentation': 'odp',
  'application/msword': 'doc',
  'application/vnd.ms-excel': 'xls',
  'application/vnd.ms-powerpoint': 'ppt',
};

/** One conversion's throwaway folder: its own LibreOffice profile, the source copy and the output. */
export interface ConversionLayout {
  workDir: string;
  profileDir: string;
  /** The profile's settings file, written before LibreOffice starts (PROFILE_SETTINGS). */
  settingsFile: string;
  sourcePath: string;
  outDir: string;
  /** Where LibreOffice writes the PDF: the source's name with `.pdf`. */
  pdfPath: string;
}

export function conversionLayout(workDir: string, extension: string): ConversionLayout {
  const profileDir = join(workDir, 'profile');
  const outDir = join(workDir, 'out');
  return {
    workDir,
    profileDir,
    settingsFile: join(profileDir, 'user', 'registrymodifications.xcu'),
    sourcePath: join(workDir, `document.${extension}`),
    outDir,
    pdfPath: join(outDir, 'document.pdf'),
  };
}

/**
 * One `soffice` run that converts one file. A profile of its own per run: LibreOffice refuses a
 * second instance on a profile in use, so parallel conversions would otherwise collide (or hand
 * their file to the first instance and exit at once).
 */
export function sofficeArguments(layout: ConversionLayout): string[] {
  return [
    `-env:UserInstallation=${pathToFileURL(layout.profileDir).href}`,
    '--headless',
    '--norestore',
    '--nolockcheck',
    '--convert-to',
    'pdf',
    '--outdir',
    layout.outDir,
    layout.sourcePath,
  ];
}

/**
 * The child's whole environment. A fixed system PATH (where Debian installs soffice) instead
 * of the worker's, whose environment holds the database URL and the signing secret; HOME and
 * TMPDIR inside the throwaway folder, so LibreOffice leaves nothing behind.
 */
export function sofficeEnvironment(layout: ConversionLayout): Record<string, string> {
  return { PATH: '/usr/local/bin:/usr/bin:/bin', HOME: layout.workDir, TMPDIR: layout.workDir, LANG: 'C.UTF-8' };
}

const setting = (path: string, name: string, value: string | number | boolean) =>
  `<item oor:path="${path}"><prop oor:name="${name}" oor:op="fuse"><value>${value}</value></prop></item>`;

/**
 * No network and no local files beyond the document. Checked by hand with LibreOffice 7.4
 * (Debian 12) against a local HTTP server: by default a DOCX or ODT whose image is *linked*
 * (an http:// or file:// URL instead of a picture inside the file) makes LibreOffice fetch it
 * (OPTIONS, HEAD, GET) and put it in the PDF, so an upload could probe the worker's network or
 * copy another file of the server into its preview. BlockUntrustedRefererLinks stops both (no
 * request, no image); the proxy that goes nowhere (port 9, discard) is the second wall for any
 * other fetch. Also checked: WEBSERVICE() in a spreadsheet answers Err:540 (external content
 * disabled) without a request, and linked sections and INCLUDETEXT fields keep their stored
 * text (links are not updated on load). Macros never run: uploads with VBA are refused, and the
 * security level is "very high" with macro execution off.
 */
export const PROFILE_SETTINGS = [
  '<?xml version="1.0" encoding="UTF-8"?>',
  '<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">',
  setting('/org.openoffice.Office.Common/Security/Scripting', 'BlockUntrustedRefererLinks', true),
  setting('/org.openoffice.Office.Common/Security/Scripting', 'MacroSecurityLevel', 3),
  setting('/org.openoffice.Office.Common/Security/Scripting', 'DisableMacrosExecution', true),
  setting('/org.openoffice.Inet/Settings', 'ooInetProxyType', 1),
  ...['HTTP', 'HTTPS', 'FTP'].flatMap((scheme) => [
    setting('/org.openoffice.Inet/Settings', `ooInet${scheme}ProxyName`, '127.0.0.1'),
    setting('/org.openoffice.Inet/Settings', `ooInet${scheme}ProxyPort`, 9),
  ]),
  setting('/org.openoffice.Inet/Settings', 'ooInetNoProxy', ''),
  '</oor:items>',
  '',
].join('\n');
