# The API: Hono on Node, run from TypeScript sources with tsx (see docs/decisions.md).
# Build from the repository root: docker build -f infra/api.Dockerfile -t stafett-api .
FROM node:22-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY package.json package-lock.json ./
COPY packages/domain/package.json packages/domain/
COPY db/package.json db/
COPY apps/api/package.json apps/api/
RUN npm ci --no-audit --no-fund --workspace @stafett/api --include-workspace-root
COPY tsconfig.base.json ./
COPY packages/domain packages/domain
COPY db db
COPY apps/api apps/api
USER node
EXPOSE 3001
ENV API_HOST=0.0.0.0 API_PORT=3001
CMD ["node_modules/.bin/tsx", "apps/api/src/server.ts"]
