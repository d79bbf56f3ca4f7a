import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';

// Static checks of the Docker deployment: docker/compose.yaml, the
// Dockerfiles, nginx.conf and .dockerignore, against each other and against
// the workspace. No Docker engine is needed.

const dockerDir = __dirname;
const repoRoot = resolve(dockerDir, '..');

interface HealthCheck {
  test?: string | string[];
}
interface DependsOnEntry {
  condition?: string;
}
interface VolumeMount {
  type?: string;
  source?: string;
  target?: string;
}
interface Service {
  image?: string;
  build?: string | { context?: string; dockerfile?: string };
  command?: string | string[];
  environment?: Record<string, string | number | boolean | null> | string[];
  volumes?: (string | VolumeMount)[];
  depends_on?: string[] | Record<string, DependsOnEntry>;
  healthcheck?: HealthCheck;
  ports?: (string | number | { target?: number; published?: string | number })[];
  init?: boolean;
}
interface ComposeFile {
  version?: unknown;
  services: Record<string, Service>;
  volumes?: Record<string, unknown>;
}

const compose = parse(readFileSync(join(dockerDir, 'compose.yaml'), 'utf8')) as ComposeFile;
const services = compose.services;

/** Resolves `${VAR:-default}` / `${VAR-default}` / `${VAR}` as Compose would with no VAR set. */
function withDefaults(value: string): string {
  return value.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)(?::?-([^}]*))?\}/g, (_m, _name: string, def?: string) => def ?? '');
}

function envOf(service: Service): Record<string, string> {
  const env = service.environment ?? {};
  const entries: [string, string][] = Array.isArray(env)
    ? env.map((line): [string, string] => {
        const i = line.indexOf('=');
        return i < 0 ? [line, ''] : [line.slice(0, i), line.slice(i + 1)];
      })
    : Object.entries(env).map(([k, v]): [string, string] => [k, v == null ? '' : String(v)]);
  return Object.fromEntries(entries.map(([k, v]) => [k, withDefaults(v)]));
}

function argv(command: string | string[] | undefined): string[] {
  if (command === undefined) return [];
  return Array.isArray(command) ? command.map(String) : command.trim().split(/\s+/);
}

function argAfter(args: string[], flag: string): string | undefined {
  const i = args.indexOf(flag);
  return i < 0 ? undefined : args[i + 1];
}

function dependsOn(service: Service): Record<string, DependsOnEntry> {
  const deps = service.depends_on ?? {};
  return Array.isArray(deps) ? Object.fromEntries(deps.map((d) => [d, { condition: 'service_started' }])) : deps;
}

function mounts(service: Service): VolumeMount[] {
  return (service.volumes ?? []).map((v): VolumeMount => {
    if (typeof v !== 'string') return v;
    const [source, target] = v.split(':');
    // `/path` alone is an anonymous volume; `./dir:/path` a bind mount; `name:/path` a named volume.
    if (target === undefined) return { type: 'volume', target: source };
    return { type: /^[./~]/.test(source) ? 'bind' : 'volume', source, target };
  });
}

function namedVolumes(service: Service): string[] {
  return mounts(service)
    .filter((m) => (m.type ?? 'volume') === 'volume' && m.source)
    .map((m) => m.source as string);
}

function dockerfilePath(service: Service): string | undefined {
  if (service.build === undefined) return undefined;
  const build = typeof service.build === 'string' ? { context: service.build } : service.build;
  return resolve(dockerDir, build.context ?? '.', build.dockerfile ?? 'Dockerfile');
}

/** Dockerfile instructions with `\` line continuations joined and comments dropped. */
function instructions(dockerfile: string): string[] {
  return readFileSync(dockerfile, 'utf8')
    .split('\n')
    .filter((line) => !/^\s*#/.test(line))
    .join('\n')
    .replace(/\\\n/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}

/** Sources of the COPY instructions that copy from the build context (not `--from=` a stage). */
function copySources(lines: string[]): string[] {
  return lines
    .filter((i) => /^COPY\s/i.test(i) && !/--from=/i.test(i))
    .flatMap((i) => {
      const args = i
        .split(/\s+/)
        .slice(1)
        .filter((a) => !a.startsWith('--'));
      return args.slice(0, -1);
    });
}

interface WorkspacePackage {
  dir: string;
  name: string;
  main?: string;
  dependencies: Record<string, string>;
}

/** Workspace packages, from pnpm-workspace.yaml (plain dirs and `dir/*` globs). */
function workspacePackages(): Map<string, WorkspacePackage> {
  const ws = parse(readFileSync(join(repoRoot, 'pnpm-workspace.yaml'), 'utf8')) as { packages: string[] };
  const dirs = ws.packages.flatMap((pattern) => {
    if (pattern.endsWith('/*')) {
      const parent = pattern.slice(0, -2);
      return readdirSync(join(repoRoot, parent), { withFileTypes: true })
        .filter((e) => e.isDirectory())
        .map((e) => `${parent}/${e.name}`);
    }
    return [pattern];
  });
  const byName = new Map<string, WorkspacePackage>();
  for (const dir of dirs) {
    const manifest = join(repoRoot, dir, 'package.json');
    if (!existsSync(manifest)) continue;
    const pkg = JSON.parse(readFileSync(manifest, 'utf8')) as {
      name: string;
      main?: string;
      dependencies?: Record<string, string>;
    };
    byName.set(pkg.name, { dir, name: pkg.name, main: pkg.main, dependencies: pkg.dependencies ?? {} });
  }
  return byName;
}

const workspace = workspacePackages();

/** The package plus every workspace package it depends on (production deps), transitively. */
function workspaceClosure(name: string): WorkspacePackage[] {
  const seen = new Map<string, WorkspacePackage>();
  const visit = (n: string): void => {
    const pkg = workspace.get(n);
    if (!pkg || seen.has(n)) return;
    seen.set(n, pkg);
    for (const [dep, spec] of Object.entries(pkg.dependencies)) if (spec.startsWith('workspace:')) visit(dep);
  };
  visit(name);
  return [...seen.values()];
}

const dockerfiles = readdirSync(dockerDir)
  .filter((f) => f.endsWith('.Dockerfile'))
  .map((f) => join(dockerDir, f));

describe('docker/compose.yaml', () => {
  it('uses the Compose Specification format (no version key)', () => {
    expect(compose).not.toHaveProperty('version');
  });

  it('defines exactly the mongo, redis, api, worker and web services', () => {
    expect(Object.keys(services).sort()).toEqual(['api', 'mongo', 'redis', 'web', 'worker']);
  });

  it('declares every named volume it mounts and mounts every volume it declares', () => {
    const used = new Set(Object.values(services).flatMap(namedVolumes));
    const declared = new Set(Object.keys(compose.volumes ?? {}));
    expect([...used].sort()).toEqual([...declared].sort());
    expect(declared).toEqual(new Set(['mongo-data', 'redis-data', 'media']));
  });

  it('runs mongo as a replica set whose name, member host and client URI agree', () => {
    const args = argv(services.mongo.command);
    const replSet = argAfter(args, '--replSet');
    expect(replSet).toBeTruthy();
    expect(args).toContain('--bind_ip_all');

    // The healthcheck initiates the set with the same name, and with the
    // compose service name as the member host that clients are sent to.
    const check = argv(services.mongo.healthcheck?.test).join(' ');
    expect(check).toContain('rs.initiate');
    expect(check).toContain(`_id: '${replSet}'`);
    expect(check).toContain(`host: 'mongo:27017'`);

    for (const name of ['api', 'worker']) {
      const uri = new URL(envOf(services[name]).MONGODB_URI);
      expect(uri.protocol).toBe('mongodb:');
      expect(uri.host).toBe('mongo:27017');
      expect(uri.searchParams.get('replicaSet')).toBe(replSet);
    }
  });

  it('runs redis with AOF persistence and the noeviction policy BullMQ needs', () => {
    const args = argv(services.redis.command);
    expect(args[0]).toBe('redis-server');
    expect(argAfter(args, '--appendonly')).toBe('yes');
    expect(argAfter(args, '--maxmemory-policy')).toBe('noeviction');
    expect(namedVolumes(services.redis)).toContain('redis-data');
  });

  it.each(['api', 'worker'])('gives %s the environment the apps validate at boot', (name) => {
    const env = envOf(services[name]);
    for (const key of [
      'NODE_ENV',
      'PORT',
      'MONGODB_URI',
      'REDIS_URL',
      'LOG_LEVEL',
      'SEED_DEMO',
      'DATA_DIR',
      'QUEUE_PREFIX',
      'PUBLIC_URL',
      'AUTH_SECRET',
      'CERTIFICATE_KEY_SECRET',
    ]) {
      expect(env).toHaveProperty(key);
    }
    // No default secret: compose must stop with a message when AUTH_SECRET is not set.
    for (const secret of ['AUTH_SECRET', 'CERTIFICATE_KEY_SECRET']) {
      expect(String(services[name].environment && (services[name].environment as Record<string, string>)[secret])).toMatch(new RegExp(`^\\$\\{${secret}:\\?.+\\}$`));
    }
    expect(env.NODE_ENV).toBe('production');
    expect(env.MONGODB_URI).toContain('replicaSet=');
    expect(new URL(env.REDIS_URL).host).toBe('redis:6379');
    expect(['true', 'false']).toContain(env.SEED_DEMO);
    // DATA_DIR must be where the shared media volume is mounted.
    const media = mounts(services[name]).find((m) => m.source === 'media');
    expect(media?.target).toBe(env.DATA_DIR);
  });

  it('builds every image from a Dockerfile that exists', () => {
    const built = Object.entries(services).filter(([, s]) => s.build !== undefined);
    expect(built.map(([n]) => n).sort()).toEqual(['api', 'web', 'worker']);
    for (const [, service] of built) {
      const file = dockerfilePath(service);
      expect(file && existsSync(file)).toBe(true);
    }
  });

  it.each(['api', 'worker'])('starts %s only after mongo and redis are healthy', (name) => {
    const deps = dependsOn(services[name]);
    expect(deps.mongo?.condition).toBe('service_healthy');
    expect(deps.redis?.condition).toBe('service_healthy');
    expect(services[name].init).toBe(true);
  });

  it('only waits on services that have a healthcheck', () => {
    for (const [name, service] of Object.entries(services)) {
      for (const [dep, entry] of Object.entries(dependsOn(service))) {
        expect(services).toHaveProperty(dep);
        if (entry.condition !== 'service_healthy') continue;
        const target = services[dep];
        const file = dockerfilePath(target);
        const imageHasHealthcheck =
          file !== undefined && instructions(file).some((i) => /^HEALTHCHECK\s+(?!NONE\b)/i.test(i));
        expect({ service: name, dependency: dep, hasHealthcheck: !!target.healthcheck || imageHasHealthcheck }).toEqual({
          service: name,
          dependency: dep,
          hasHealthcheck: true,
        });
      }
    }
    expect(dependsOn(services.web).api?.condition).toBe('service_healthy');
  });

  it('publishes only web, on the port nginx listens on', () => {
    const published = Object.entries(services).filter(([, s]) => (s.ports ?? []).length > 0);
    expect(published.map(([n]) => n)).toEqual(['web']);

    const port = services.web.ports?.[0];
    const containerPort =
      typeof port === 'object' ? String(port.target) : withDefaults(String(port)).split(':').pop()?.split('/')[0];
    const nginx = readFileSync(join(dockerDir, 'nginx.conf'), 'utf8');
    expect(nginx).toMatch(new RegExp(`^\\s*listen\\s+${containerPort}\\b`, 'm'));
  });
});

describe('docker/nginx.conf', () => {
  const nginx = readFileSync(join(dockerDir, 'nginx.conf'), 'utf8');

  it('proxies the API paths to the api service on its PORT', () => {
    const upstream = /set\s+\$api_upstream\s+http:\/\/([^:;\s]+):(\d+);/.exec(nginx);
    expect(upstream?.[1]).toBe('api');
    expect(upstream?.[2]).toBe(envOf(services.api).PORT);
    // Every path the API's own web-app fallback leaves to the API (apps/api/src/web/serve-web-app.ts), and /courses/ (uploads).
    const servedByApi = /const apiPaths = \[([^\]]*)\]/.exec(readFileSync(join(dockerDir, '..', 'apps', 'api', 'src', 'web', 'serve-web-app.ts'), 'utf8'))?.[1];
    const apiPaths = [...(servedByApi ?? '').matchAll(/'([^']+)'/g)].map(([, path]) => (path === '/graphql' || path === '/health' ? path : `${path}/`));
    expect(apiPaths).toEqual(expect.arrayContaining(['/graphql', '/jp-ledger/', '/certificates/']));
    for (const path of [...apiPaths.filter((path) => path !== '/public/'), '/courses/', '/public/certificates/']) {
      const block = new RegExp(`location\\s+${path.replace(/\//g, '\\/')}\\s*\\{[^}]*proxy_pass\\s+\\$api_upstream;`);
      expect(nginx).toMatch(block);
    }
    expect(nginx).toMatch(/proxy_set_header\s+Upgrade\s+\$http_upgrade;/);
    expect(nginx).toMatch(/location\s+\/uploads\/\s*\{[^}]*proxy_request_buffering\s+off;/);
  });

  it('lets tus video uploads through unbuffered and without a body size limit (the API enforces its own)', () => {
    const uploads = /location\s+\/uploads\/\s*\{([^}]*)\}/.exec(nginx)?.[1] ?? '';
    expect(uploads).toMatch(/client_max_body_size\s+0;/);
    expect(uploads).toMatch(/proxy_request_buffering\s+off;/);
    expect(uploads).toMatch(/proxy_read_timeout\s+\d+[hm];/);
  });

  it('streams media (HLS, Range requests) through without spooling to a temp file', () => {
    expect(nginx).toMatch(/location\s+\/media\/\s*\{[^}]*proxy_max_temp_file_size\s+0;/);
  });

  it('falls back to index.html for client-side routes', () => {
    expect(nginx).toMatch(/try_files\s+\$uri\s+\$uri\/\s+\/index\.html;/);
  });
});

describe('docker/*.Dockerfile', () => {
  it('finds the api, worker and web Dockerfiles', () => {
    expect(dockerfiles.map((f) => f.slice(dockerDir.length + 1)).sort()).toEqual([
      'api.Dockerfile',
      'web.Dockerfile',
      'worker.Dockerfile',
    ]);
  });

  it.each(dockerfiles.map((f) => [f.slice(dockerDir.length + 1), f]))(
    '%s only filters on existing workspace packages',
    (_name, file) => {
      const text = instructions(file).join('\n');
      const filters = [...text.matchAll(/--filter[=\s]+["']?([^\s"']+)["']?/g)].map((m) =>
        m[1].replace(/^\^?\.\.\./, '').replace(/\.\.\.$/, ''),
      );
      expect(filters.length).toBeGreaterThan(0);
      for (const name of filters) expect([...workspace.keys()]).toContain(name);
    },
  );

  it.each(dockerfiles.map((f) => [f.slice(dockerDir.length + 1), f]))(
    '%s copies only paths that exist in the build context',
    (_name, file) => {
      const sources = copySources(instructions(file));
      expect(sources.length).toBeGreaterThan(0);
      for (const source of sources) {
        expect({ source, exists: existsSync(join(repoRoot, source)) }).toEqual({ source, exists: true });
      }
    },
  );

  it.each([
    ['api.Dockerfile', '@lentera/api'],
    ['worker.Dockerfile', '@lentera/worker'],
  ])('%s installs every workspace package %s needs and runs its main', (file, pkgName) => {
    const lines = instructions(join(dockerDir, file));
    const installAt = lines.findIndex((i) => /pnpm install/.test(i));
    expect(installAt).toBeGreaterThan(0);
    const copiedBeforeInstall = copySources(lines.slice(0, installAt));

    const closure = workspaceClosure(pkgName);
    expect(closure.length).toBeGreaterThan(1);
    for (const pkg of closure) {
      // The manifest is there before `pnpm install`, and the sources before the build.
      expect(copiedBeforeInstall).toContain(`${pkg.dir}/package.json`);
      const sourcesCopied = copySources(lines).some((src) => {
        const dir = src.replace(/\/+$/, '');
        return dir === '.' || dir === pkg.dir || pkg.dir.startsWith(`${dir}/`);
      });
      expect({ pkg: pkg.name, sourcesCopied }).toEqual({ pkg: pkg.name, sourcesCopied: true });
    }

    expect(lines.some((i) => new RegExp(`pnpm deploy --legacy --filter ${pkgName} --prod\\b`).test(i))).toBe(true);
    const cmd = lines.filter((i) => /^CMD\s/.test(i)).pop();
    expect(cmd && (JSON.parse(cmd.slice(4)) as string[])).toEqual(['node', workspace.get(pkgName)?.main]);
  });

  it('runs the api and worker as the unprivileged node user', () => {
    for (const file of ['api.Dockerfile', 'worker.Dockerfile']) {
      const lines = instructions(join(dockerDir, file));
      const lastFrom = lines.map((i) => /^FROM\s/i.test(i)).lastIndexOf(true);
      expect(lines.slice(lastFrom)).toContain('USER node');
      expect(lines.slice(lastFrom).join('\n')).toMatch(/ENV NODE_ENV=production/);
    }
  });

  it('installs ffprobe in the api runtime stage (video uploads are probed when they finish)', () => {
    const lines = instructions(join(dockerDir, 'api.Dockerfile'));
    const lastFrom = lines.map((i) => /^FROM\s/i.test(i)).lastIndexOf(true);
    const runtime = lines.slice(lastFrom).join('\n');
    expect(runtime).toMatch(/apt-get install -y --no-install-recommends ffmpeg/);
    expect(runtime).toMatch(/ffprobe -version/);
  });

  it('installs ffmpeg and LibreOffice (for document previews) in the worker runtime stage', () => {
    const lines = instructions(join(dockerDir, 'worker.Dockerfile'));
    const lastFrom = lines.map((i) => /^FROM\s/i.test(i)).lastIndexOf(true);
    const runtime = lines.slice(lastFrom).join('\n');
    expect(runtime).toMatch(/apt-get install -y --no-install-recommends ffmpeg/);
    const install = /apt-get install -y --no-install-recommends ([^&]+)/.exec(runtime)?.[1].split(/\s+/) ?? [];
    for (const pkg of ['libreoffice-writer-nogui', 'libreoffice-calc-nogui', 'libreoffice-impress-nogui']) expect(install).toContain(pkg);
    expect(runtime).toMatch(/soffice --version/);
  });
});

describe('.dockerignore', () => {
  it('keeps host build output and dependencies out of the build context', () => {
    const patterns = readFileSync(join(repoRoot, '.dockerignore'), 'utf8')
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l && !l.startsWith('#'));
    // A host dist/*.tsbuildinfo would make `tsc -b` skip emitting in the image.
    for (const p of ['**/node_modules', '**/dist', '**/*.tsbuildinfo', '.git']) expect(patterns).toContain(p);
  });
});
