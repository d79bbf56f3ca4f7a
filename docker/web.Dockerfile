# syntax=docker/dockerfile:1
#
# Lentera web (@lentera/web): the Vite + React SPA, served by nginx. nginx
# also reverse-proxies /graphql, /health, /media/ and /uploads/ to the API
# (docker/nginx.conf).
# Build context is the repository root:
#   docker build -f docker/web.Dockerfile -t lentera/web .

ARG NODE_IMAGE=node:20.20-bookworm-slim
ARG NGINX_IMAGE=nginx:1.30-alpine

# ---------------------------------------------------------------------------
# build
# ---------------------------------------------------------------------------
FROM ${NODE_IMAGE} AS build

RUN npm install -g pnpm@10.34.8

WORKDIR /src

# The web app has no workspace dependencies. The root manifest is still
# needed for its devDependencies (typescript), pnpm settings and overrides.
COPY package.json pnpm-lock.yaml pnpm-workspace.yaml .npmrc tsconfig.base.json ./
COPY apps/web/package.json apps/web/

RUN --mount=type=cache,id=pnpm,target=/root/.local/share/pnpm/store \
    pnpm install --frozen-lockfile --store-dir /root/.local/share/pnpm/store

# The build's codegen step reads the committed GraphQL schema of the API, so
# the API itself is not needed at build time.
COPY apps/api/schema.gql apps/api/schema.gql
COPY apps/web/ apps/web/

RUN pnpm --filter @lentera/web run build \
 && test -f apps/web/dist/index.html

# ---------------------------------------------------------------------------
# runtime
# ---------------------------------------------------------------------------
FROM ${NGINX_IMAGE} AS runtime

# Replace the stock server block. nginx.conf is written for the http{} context
# of the image's /etc/nginx/nginx.conf, which includes conf.d/*.conf.
RUN rm -rf /usr/share/nginx/html/*
COPY docker/nginx.conf /etc/nginx/conf.d/default.conf
COPY --from=build /src/apps/web/dist/ /usr/share/nginx/html/

EXPOSE 80

# busybox wget is in the alpine image. /nginx-health is answered by nginx
# itself, so this does not depend on the API being up.
HEALTHCHECK --interval=30s --timeout=5s --start-period=5s --retries=3 \
  CMD ["wget", "-q", "-O", "/dev/null", "http://127.0.0.1/nginx-health"]
