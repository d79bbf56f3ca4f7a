import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const repoRoot = join(__dirname, '..', '..');
const eslintBin = join(repoRoot, 'node_modules', '.bin', 'eslint');

/** The rule ids ESLint reports for `code` as if it were the file at `filePath`. */
function violations(filePath: string, code: string): string[] {
  const result = spawnSync(eslintBin, ['--stdin', '--stdin-filename', filePath, '--format', 'json'], {
    cwd: repoRoot,
    input: code,
    encoding: 'utf8',
  });
  const [report] = JSON.parse(result.stdout) as Array<{ messages: Array<{ ruleId: string | null; message: string }> }>;
  return report.messages.map((message) => `${message.ruleId}: ${message.message}`);
}

// STYLE.md's boundaries are only worth something if lint really refuses to cross them.
describe('lint boundaries', () => {
  it('lets only libs/db import mongoose', () => {
    const code = "import mongoose from 'mongoose';\nexport const model = mongoose.model;\n";
    expect(violations('apps/api/src/catalogue/x.ts', code)).toEqual([expect.stringMatching(/Only libs\/db imports mongoose/)]);
    expect(violations('libs/jobs/src/x.ts', code)).toEqual([expect.stringMatching(/Only libs\/db imports mongoose/)]);
    expect(violations('libs/db/src/course/x.ts', code)).toEqual([]);
  });

  it('lets only libs/config read process.env', () => {
    const code = 'export const port = process.env.PORT;\n';
    expect(violations('apps/worker/src/x.ts', code)).toEqual([expect.stringMatching(/Only libs\/config reads process\.env/)]);
    expect(violations('libs/db/src/x.ts', code)).toEqual([expect.stringMatching(/Only libs\/config reads process\.env/)]);
    expect(violations('libs/config/src/x.ts', code)).toEqual([]);
  });

  it('lets only the authorization layer grant agency scopes', () => {
    const code = "import { grantAgencyScope } from '@lentera/db';\nexport const scope = grantAgencyScope('x');\n";
    expect(violations('apps/api/src/accounts/people.service.ts', code)).toEqual([expect.stringMatching(/Only the authorization layer grants agency scopes/)]);
    expect(violations('apps/api/src/auth/agency-access.ts', code)).toEqual([]);
  });

  it('keeps apps from importing each other', () => {
    for (const source of ['@lentera/worker', '../../worker/src/main', '../../../apps/web/src/app']) {
      const code = `import { thing } from '${source}';\nexport const used = thing;\n`;
      expect(violations('apps/api/src/catalogue/x.ts', code)).toEqual([expect.stringMatching(/Apps never import each other/)]);
    }
    // A folder of the API that happens to be called "web" is its own code.
    expect(violations('apps/api/src/graphql/x.ts', "import { serveWebApp } from '../web/serve-web-app';\nexport const used = serveWebApp;\n")).toEqual([]);
  });
});
