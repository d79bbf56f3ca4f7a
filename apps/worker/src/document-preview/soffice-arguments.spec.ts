import { conversionLayout, officeExtensions, PROFILE_SETTINGS, sofficeArguments, sofficeEnvironment } from './soffice-arguments';

describe('soffice arguments', () => {
  const layout = conversionLayout('/tmp/lentera-preview-Ab3 x', 'docx');

  it('lays out one throwaway folder: profile, a copy named by its type, and the output', () => {
    expect(layout).toEqual({
      workDir: '/tmp/lentera-preview-Ab3 x',
      profileDir: '/tmp/lentera-preview-Ab3 x/profile',
      settingsFile: '/tmp/lentera-preview-Ab3 x/profile/user/registrymodifications.xcu',
      sourcePath: '/tmp/lentera-preview-Ab3 x/document.docx',
      outDir: '/tmp/lentera-preview-Ab3 x/out',
      pdfPath: '/tmp/lentera-preview-Ab3 x/out/document.pdf',
    });
  });

  it('converts one file to PDF, headless, on a profile of its own given as a file URL', () => {
    expect(sofficeArguments(layout)).toEqual([
      '-env:UserInstallation=file:///tmp/lentera-preview-Ab3%20x/profile',
      '--headless',
      '--norestore',
      '--nolockcheck',
      '--convert-to',
      'pdf',
      '--outdir',
      '/tmp/lentera-preview-Ab3 x/out',
      '/tmp/lentera-preview-Ab3 x/document.docx',
    ]);
  });

  it('gives LibreOffice a system PATH and a home inside the folder, and none of the worker environment', () => {
    expect(sofficeEnvironment(layout)).toEqual({
      PATH: '/usr/local/bin:/usr/bin:/bin',
      HOME: '/tmp/lentera-preview-Ab3 x',
      TMPDIR: '/tmp/lentera-preview-Ab3 x',
      LANG: 'C.UTF-8',
    });
  });

  it('knows an extension for every office format, and none for PDFs and images', () => {
    expect(Object.values(officeExtensions).sort()).toEqual(['doc', 'docx', 'odp', 'ods', 'odt', 'ppt', 'pptx', 'xls', 'xlsx']);
    expect(officeExtensions['application/pdf']).toBeUndefined();
    expect(officeExtensions['image/png']).toBeUndefined();
  });

  it('blocks linked content, sends any other fetch to a dead proxy, and keeps macros off', () => {
    expect(PROFILE_SETTINGS).toMatch(/^<\?xml version="1\.0" encoding="UTF-8"\?>\n<oor:items /);
    const value = (name: string) => new RegExp(`<prop oor:name="${name}" oor:op="fuse"><value>([^<]*)</value>`).exec(PROFILE_SETTINGS)?.[1];
    expect(value('BlockUntrustedRefererLinks')).toBe('true');
    expect(value('DisableMacrosExecution')).toBe('true');
    expect(value('MacroSecurityLevel')).toBe('3');
    expect(value('ooInetProxyType')).toBe('1');
    for (const scheme of ['HTTP', 'HTTPS', 'FTP']) {
      expect(value(`ooInet${scheme}ProxyName`)).toBe('127.0.0.1');
      expect(value(`ooInet${scheme}ProxyPort`)).toBe('9');
    }
  });
});
