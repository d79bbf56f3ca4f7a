# syntax=docker/dockerfile:1
#
# Lentera worker (@lentera/worker): NestJS application context that runs the
# BullMQ processors. It has no HTTP port. ffmpeg/ffprobe are installed for
# video transcoding, LibreOffice for document previews.
# Build context is the repository root:
#   docker build -f docker/worker.Dockerfile -t lentera/worker .
# See docker/api.Dockerfile for the reasoning behind the shared steps.

ARG NODE_IMAGE=node:20.20-bookworm-slim

# ---------------------------------------------------------------------------
# build
# ---------------------------------------------------------------------------
FROM ${NODE_IMAGE} AS build

# No C/C++ toolchain: nothing in the worker's dependency closure compiles
# native code. bullmq's msgpackr-extract is in the root package.json's
# ignoredBuiltDependencies and ships as prebuilt optional packages. If a
# native dependency is added, copy the toolchain step from api.Dockerfile.
RUN npm install -g pnpm@10.34.8

# NODE_ENV stays unset: devDependencies (typescript) are needed to build.
WORKDIR /src

# Every workspace package @lentera/worker depends on, directly or
# transitively. docker/compose.spec.ts checks this list.
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
COPY apps/worker/package.json apps/worker/

RUN --mount=type=cache,id=pnpm,target=/root/.local/share/pnpm/store \
    pnpm install --frozen-lockfile --store-dir /root/.local/share/pnpm/store

COPY libs/ libs/
COPY apps/worker/ apps/worker/

RUN pnpm --filter "@lentera/worker..." run build

# Legacy deploy injects the workspace libs together with their built dist/
# (see api.Dockerfile). The check fails the build if a lib's entry point is
# missing from /out.
RUN --mount=type=cache,id=pnpm,target=/root/.local/share/pnpm/store \
    pnpm deploy --legacy --filter @lentera/worker --prod --store-dir /root/.local/share/pnpm/store /out \
 && cd /out \
 && node -e "for (const d of Object.keys(require('./package.json').dependencies)) if (d.startsWith('@lentera/')) require.resolve(d)"

# ---------------------------------------------------------------------------
# runtime
# ---------------------------------------------------------------------------
FROM ${NODE_IMAGE} AS runtime

# Debian's ffmpeg provides both ffmpeg and ffprobe on PATH. LibreOffice without
# its GUI (Writer, Calc, Impress: soffice) turns office documents into PDF
# previews; fontconfig pulls in fonts-dejavu-core, and the Liberation and
# Carlito/Caladea fonts are metric-compatible with Arial, Times New Roman,
# Courier New, Calibri and Cambria, so previews keep the originals' page breaks.
# The same packages as tools/lib/services/system-packages.mjs.
RUN apt-get update \
 && apt-get install -y --no-install-recommends ffmpeg \
      libreoffice-writer-nogui libreoffice-calc-nogui libreoffice-impress-nogui \
      fonts-liberation2 fonts-crosextra-carlito fonts-crosextra-caladea \
 && rm -rf /var/lib/apt/lists/* \
 && ffprobe -version > /dev/null \
 && soffice --version > /dev/null

ENV NODE_ENV=production \
    DATA_DIR=/var/lib/lentera

# Shared media volume (see api.Dockerfile): owned by `node` so that a fresh
# named volume takes that ownership.
RUN mkdir -p /var/lib/lentera && chown node:node /var/lib/lentera

WORKDIR /app
COPY --from=build /out /app

USER node

# No HEALTHCHECK: the worker serves no HTTP, and BullMQ already detects and
# retries stalled jobs. Signal handling: docker/compose.yaml sets `init: true`.
# With plain `docker run`, pass --init. ffmpeg and soffice children are reaped and SIGTERM
# reaches Node, which has time to finish the active job (stop_grace_period); a running transcode
# is stopped instead (ffmpeg killed) and put back on the queue for the next worker.
CMD ["node", "dist/main.js"]
