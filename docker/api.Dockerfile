# syntax=docker/dockerfile:1
#
# Lentera API (@lentera/api): NestJS + GraphQL on Node 20.
# Build context is the repository root:
#   docker build -f docker/api.Dockerfile -t lentera/api .
# or, for the whole stack: docker compose -f docker/compose.yaml up -d --build

# The build and runtime stages must use the same image: argon2 is a native
# module and is built/verified in the build stage against this exact Node ABI
# and glibc.
ARG NODE_IMAGE=node:20.20-bookworm-slim

# ---------------------------------------------------------------------------
# build: install the workspace, compile TypeScript, produce /out with
# `pnpm deploy` (the API plus its production node_modules only).
# ---------------------------------------------------------------------------
FROM ${NODE_IMAGE} AS build

# argon2 ships N-API prebuilds for linux-x64/arm64 (glibc), and its install
# script (node-gyp-build) uses them when they load. When a prebuild does not
# load, it compiles from source, which needs a toolchain. The prebuild of
# argon2 0.45.1 was seen to segfault on load on a bookworm x64 host, so the
# toolchain is not optional. npm_config_nodedir points node-gyp at the headers
# that ship in the official Node image, so no header download is needed.
# None of this reaches the runtime stage.
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/*
ENV npm_config_nodedir=/usr/local

# Pinned to the root package.json's packageManager. Installed with npm:
# corepack would need to fetch and verify signing keys over the network.
RUN npm install -g pnpm@10.34.8

# The pnpm store lives in a BuildKit cache mount, passed explicitly with
# --store-dir in the RUNs below. It is on a different filesystem from /src, so
# pnpm copies packages into node_modules instead of hard-linking them. That
# keeps the layers self-contained.

# NODE_ENV stays unset here on purpose: with NODE_ENV=production,
# `pnpm install` would skip devDependencies (typescript).
WORKDIR /src

# Manifests first, so the install layer is reused until a manifest or the
# lockfile changes. This must list every workspace package that @lentera/api
# depends on, directly or transitively. docker/compose.spec.ts checks that.
COPY package.json pnpm-lock.yaml pnpm-workspace.yaml .npmrc tsconfig.base.json ./
COPY libs/config/package.json libs/config/
COPY libs/errors/package.json libs/errors/
COPY libs/asn/package.json libs/asn/
COPY libs/logging/package.json libs/logging/
COPY libs/db/package.json libs/db/
COPY libs/jobs/package.json libs/jobs/
COPY libs/boot/package.json libs/boot/
COPY libs/learning/package.json libs/learning/
COPY libs/quiz/package.json libs/quiz/
COPY libs/certificates/package.json libs/certificates/
COPY libs/media/package.json libs/media/
COPY apps/api/package.json apps/api/

# Only the projects whose manifests were copied are installed: pnpm ignores the
# lockfile importers of the absent ones (web, worker, test).
RUN --mount=type=cache,id=pnpm,target=/root/.local/share/pnpm/store \
    pnpm install --frozen-lockfile --store-dir /root/.local/share/pnpm/store

COPY libs/ libs/
COPY apps/api/ apps/api/

# tsc -b for the API and every workspace lib it depends on. Each lib emits
# into its dist/. .dockerignore keeps host dist/ and *.tsbuildinfo out of the
# context, so a stale tsbuildinfo cannot make tsc skip emitting.
RUN pnpm --filter "@lentera/api..." run build

# `pnpm deploy --legacy` (pnpm 10 needs --legacy unless the workspace sets
# inject-workspace-packages=true) copies apps/api into /out and installs its
# production dependencies into /out/node_modules. Workspace deps
# (@lentera/config, ...) are *injected*: each one is copied from its package
# folder into /out/node_modules/.pnpm, not symlinked. Which files get copied
# is decided by npm-packlist on that package folder: the package.json "files"
# field if present, else everything minus the folder's own .npmignore/.gitignore.
# The root .gitignore, which lists dist/, is not consulted. The libs have no
# "files" and no .gitignore of their own, so their freshly built dist/ goes
# along. If a lib ever gets a "files" field, it must include "dist". If it gets
# its own .gitignore listing dist/, it also needs an .npmignore.
# The require.resolve below fails the build if a lib's dist/index.js is
# missing from /out, and the argon2 hash fails it if the native binding
# does not load.
RUN --mount=type=cache,id=pnpm,target=/root/.local/share/pnpm/store \
    pnpm deploy --legacy --filter @lentera/api --prod --store-dir /root/.local/share/pnpm/store /out \
 && cd /out \
 && node -e "for (const d of Object.keys(require('./package.json').dependencies)) if (d.startsWith('@lentera/')) require.resolve(d)" \
 && node -e "require('argon2').hash('build-smoke-test').then(() => console.log('argon2 ok'))"

# ---------------------------------------------------------------------------
# runtime
# ---------------------------------------------------------------------------
FROM ${NODE_IMAGE} AS runtime

# ffprobe (Debian's ffmpeg) checks a video upload once its last byte arrives,
# before it becomes an asset: container, streams, duration, size. The API runs
# no ffmpeg itself; transcoding is the worker's.
RUN apt-get update \
 && apt-get install -y --no-install-recommends ffmpeg \
 && rm -rf /var/lib/apt/lists/* \
 && ffprobe -version > /dev/null

ENV NODE_ENV=production \
    PORT=4000 \
    DATA_DIR=/var/lib/lentera

# DATA_DIR is a volume shared with the worker. Creating it here owned by
# `node` means a fresh named volume mounted on it takes that ownership.
RUN mkdir -p /var/lib/lentera && chown node:node /var/lib/lentera

WORKDIR /app
# The app files stay root-owned, so the `node` user cannot write to them.
COPY --from=build /out /app

USER node
EXPOSE 4000

# Liveness only. /health also checks MongoDB and Redis, and a database outage
# should not make Docker treat the API container itself as broken.
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=5 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 4000) + '/health/live').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]

# No init process in the image. docker/compose.yaml sets `init: true`. With
# plain `docker run`, pass --init so signals are forwarded and zombies reaped.
CMD ["node", "dist/main.js"]
