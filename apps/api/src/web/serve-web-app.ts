import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Logger } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';

/** Paths the API answers itself; everything else that asks for HTML gets the web app. */
const apiPaths = ['/graphql', '/health', '/imports', '/files', '/uploads', '/media', '/videos', '/public', '/jp-ledger', '/certificates'];

/**
 * Serves the built web app from the API's origin, so the browser talks to one address
 * (no CORS, one cookie domain). Hashed assets are cached for a year; index.html never.
 */
export function serveWebApp(app: NestExpressApplication, distDir: string | undefined): void {
  const logger = new Logger('WebApp');
  if (!distDir) return;
  const root = resolve(distDir);
  const indexFile = join(root, 'index.html');
  if (!existsSync(indexFile)) {
    logger.warn(`no built web app at ${root}; build it with "pnpm --filter @lentera/web build"`);
    return;
  }
  app.useStaticAssets(root, {
    index: false,
    setHeaders: (response, path) => {
      const hashed = path.startsWith(join(root, 'assets'));
      response.setHeader('Cache-Control', hashed ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
  app.use((request: Request, response: Response, next: NextFunction) => {
    const wantsPage = request.method === 'GET' && (request.accepts(['html', 'json']) === 'html');
    if (!wantsPage || apiPaths.some((path) => request.path === path || request.path.startsWith(`${path}/`))) {
      next();
      return;
    }
    response.setHeader('Cache-Control', 'no-cache');
    response.sendFile(indexFile);
  });
  logger.log(`serving the web app from ${root}`);
}
