import { ConfigError, loadConfig } from './load-config';

describe('loadConfig', () => {
  it('gives working local defaults for an empty environment', () => {
    const config = loadConfig({});
    expect(config.port).toBe(4000);
    expect(config.mongodbUri).toBe('mongodb://127.0.0.1:27017/lentera');
    expect(config.redisUrl).toBe('redis://127.0.0.1:6379');
    expect(config.seedDemo).toBe(true);
    expect(config.publicUrl).toBe('http://localhost:4000');
  });

  it('turns the demo seed off in production unless asked for', () => {
    const secrets = { AUTH_SECRET: 'x'.repeat(32), CERTIFICATE_KEY_SECRET: 'y'.repeat(32) };
    expect(loadConfig({ NODE_ENV: 'production', ...secrets }).seedDemo).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', ...secrets, SEED_DEMO: 'true' }).seedDemo).toBe(true);
  });

  it('refuses to run production on the public development secret', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/AUTH_SECRET: is required in production/);
    expect(() => loadConfig({ AUTH_SECRET: 'short' })).toThrow(/AUTH_SECRET: must be at least 32 characters/);
  });

  it('refuses to seal certificate keys in production with the public development secret', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', AUTH_SECRET: 'x'.repeat(32) })).toThrow(/CERTIFICATE_KEY_SECRET: is required in production/);
    expect(() => loadConfig({ CERTIFICATE_KEY_SECRET: 'short' })).toThrow(/CERTIFICATE_KEY_SECRET: must be at least 32 characters/);
    expect(loadConfig({}).certificates.keySecret.length).toBeGreaterThanOrEqual(32);
  });

  it('makes refresh cookies Secure only behind https', () => {
    expect(loadConfig({}).auth.secureCookies).toBe(false);
    expect(loadConfig({ PUBLIC_URL: 'https://lentera.bpsdm.kalbarprov.go.id' }).auth.secureCookies).toBe(true);
  });

  it('treats empty variables as unset', () => {
    expect(loadConfig({ PORT: '' }).port).toBe(4000);
  });

  it('lists every invalid variable by name', () => {
    expect.assertions(3);
    try {
      loadConfig({ PORT: 'abc', MONGODB_URI: 'postgres://x', SEED_DEMO: 'maybe' });
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const problems = (error as ConfigError).problems.join('\n');
      expect(problems).toMatch(/PORT/);
      expect(problems).toMatch(/MONGODB_URI: must start with mongodb:\/\//);
    }
  });
});
