import {
  eventually,
  freePort,
  graphql,
  health,
  isolatedConfig,
  startFerretDb,
  startLenteraApp,
  startRedis,
  temporaryDirectory,
  withDatabase,
  type IsolatedConfig,
  type RunningProcess,
} from '@lentera/test-support';

const stackTraceLine = /\n\s+at .+[:(]/;

/** What a person sees when MongoDB or Redis is missing at start or goes away later. */
describe('when MongoDB or Redis is down', () => {
  const running: RunningProcess[] = [];
  const track = (process: RunningProcess) => (running.push(process), process);

  afterEach(async () => {
    await Promise.all(running.splice(0).map((process) => process.stop()));
  });

  async function closedPortUrl(scheme: 'mongodb' | 'redis'): Promise<string> {
    return `${scheme}://127.0.0.1:${await freePort()}${scheme === 'mongodb' ? '/lentera' : ''}`;
  }

  it('the API exits at start with one clear line when MongoDB is not there', async () => {
    const mongodbUri = await closedPortUrl('mongodb');
    const api = track(startLenteraApp('api', { MONGODB_URI: mongodbUri, STARTUP_TIMEOUT_MS: '2000', PORT: String(await freePort()) }));
    const { code } = await api.exited;
    expect(code).toBe(1);
    expect(api.output()).toContain(`api cannot start: MongoDB at ${mongodbUri} is not reachable`);
    expect(api.output()).toContain('npm run services');
    expect(api.output()).not.toMatch(stackTraceLine);
  });

  it('the worker exits at start with one clear line when Redis is not there', async () => {
    const redisUrl = await closedPortUrl('redis');
    const worker = track(startLenteraApp('worker', { REDIS_URL: redisUrl, STARTUP_TIMEOUT_MS: '2000' }));
    const { code } = await worker.exited;
    expect(code).toBe(1);
    expect(worker.output()).toContain(`worker cannot start: Redis at ${redisUrl} is not reachable`);
    expect(worker.output()).not.toMatch(stackTraceLine);
  });

  it('an invalid setting stops the start with the variable named', async () => {
    const api = track(startLenteraApp('api', { PORT: 'empat-ribu' }));
    expect((await api.exited).code).toBe(1);
    expect(api.output()).toMatch(/api cannot start: Invalid configuration:\n\s+- PORT:/);
  });

  describe('while running', () => {
    let isolated: IsolatedConfig;

    beforeEach(() => {
      isolated = isolatedConfig('resilience', { SEED_DEMO: 'true' });
    });

    afterEach(async () => {
      await isolated.cleanup().catch(() => undefined);
    });

    it('Redis going away turns health to 503, the catalogue keeps working, and both recover', async () => {
      const redisPort = await freePort();
      const apiPort = await freePort();
      const baseUrl = `http://127.0.0.1:${apiPort}`;
      const redis = track(startRedis(redisPort));
      const env = {
        MONGODB_URI: isolated.config.mongodbUri,
        REDIS_URL: `redis://127.0.0.1:${redisPort}`,
        QUEUE_PREFIX: isolated.config.queuePrefix,
        PORT: String(apiPort),
        SEED_DEMO: 'true',
        DEPENDENCY_TIMEOUT_MS: '1500',
      };
      const api = track(startLenteraApp('api', env));
      const worker = track(startLenteraApp('worker', env));
      await eventually(() => health(baseUrl), (answer) => answer.status === 200, 'the API to be healthy', 60_000);

      await redis.stop();
      const down = await eventually(() => health(baseUrl), (answer) => answer.status === 503, 'health to report Redis down');
      expect(down.body.checks).toMatchObject({ mongodb: { status: 'up' }, redis: { status: 'down' } });
      const catalogue = await graphql<{ courses: { totalCount: number } }>(baseUrl, '{ courses { totalCount } }');
      expect(catalogue.data?.courses.totalCount).toBe(1);
      await eventually(async () => worker.output(), (output) => output.includes('is unreachable'), 'the worker to report the outage');

      track(startRedis(redisPort));
      await eventually(() => health(baseUrl), (answer) => answer.status === 200, 'health to recover', 30_000);
      await eventually(async () => worker.output(), (output) => output.includes('reachable again'), 'the worker to reconnect', 30_000);

      for (const process of [api, worker]) {
        expect(process.child.exitCode).toBeNull();
        // One line when Redis went away, not one per reconnect attempt.
        expect(process.output().match(/is unreachable/g)?.length ?? 0).toBeLessThanOrEqual(2);
        expect(process.output()).not.toMatch(stackTraceLine);
      }
    });

    it('MongoDB going away gives a clear GraphQL error in seconds, and the API recovers', async () => {
      const mongoPort = await freePort();
      const apiPort = await freePort();
      const baseUrl = `http://127.0.0.1:${apiPort}`;
      const dataDir = temporaryDirectory('lentera-ferretdb-');
      const ferretdb = track(startFerretDb(mongoPort, dataDir));
      const mongodbUri = withDatabase(`mongodb://127.0.0.1:${mongoPort}/`, 'lentera_resilience');
      const api = track(
        startLenteraApp('api', {
          MONGODB_URI: mongodbUri,
          REDIS_URL: isolated.config.redisUrl,
          QUEUE_PREFIX: isolated.config.queuePrefix,
          PORT: String(apiPort),
          SEED_DEMO: 'true',
          DEPENDENCY_TIMEOUT_MS: '1500',
        }),
      );
      await eventually(() => health(baseUrl), (answer) => answer.status === 200, 'the API to be healthy', 60_000);

      await ferretdb.stop();
      const startedAt = Date.now();
      const failed = await graphql<unknown>(baseUrl, '{ courses { totalCount } }');
      expect(Date.now() - startedAt).toBeLessThan(10_000);
      expect(failed.errors?.[0]).toMatchObject({
        message: 'Basis data sedang tidak dapat dijangkau. Coba lagi sebentar lagi.',
        extensions: { code: 'SERVICE_UNAVAILABLE' },
      });
      expect((await health(baseUrl)).body.checks).toMatchObject({ mongodb: { status: 'down' }, redis: { status: 'up' } });

      track(startFerretDb(mongoPort, dataDir));
      const recovered = await eventually(
        () => graphql<{ courses: { totalCount: number } }>(baseUrl, '{ courses { totalCount } }'),
        (answer) => answer.data?.courses.totalCount === 1,
        'the catalogue to answer again',
        30_000,
      );
      expect(recovered.errors).toBeUndefined();
      expect(api.child.exitCode).toBeNull();
      expect(api.output()).not.toMatch(stackTraceLine);
    });
  });
});
