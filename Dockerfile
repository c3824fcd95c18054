# Images of the distributed deployment, built from the repository.
#   docker build --target backend -t ocop-backend .
#   docker build --target storefront -t ocop-storefront .
FROM node:20-bookworm-slim AS build
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1 MEDUSA_DISABLE_TELEMETRY=true
COPY . .
RUN npm ci \
 && npx tsc -p packages/core/tsconfig.build.json \
 && npx tsc -p packages/labels/tsconfig.build.json \
 && (cd plugins/ocop && npx medusa plugin:build) \
 && (cd plugins/search && npx medusa plugin:build) \
 && (cd backend && JWT_SECRET=build COOKIE_SECRET=build DATABASE_URL=postgres://build@localhost/build npx medusa build)

FROM build AS backend
WORKDIR /app/backend/.medusa/server
ENV NODE_ENV=production PORT=9000 LOG_LEVEL=info
EXPOSE 9000
# Without S3_BUCKET (docs/operations.md) uploaded product images live here: mount a volume. With it,
# as in docker-compose.yml, files live in the buckets and nothing is kept in the container.
VOLUME /app/backend/.medusa/server/static
CMD ["npx", "medusa", "start"]

FROM build AS storefront
ARG MEDUSA_BACKEND_URL=http://backend:9000
# The public bucket's address when the backend keeps files in S3: pages may show photos from there.
ARG S3_FILE_URL=
ENV MEDUSA_BACKEND_URL=$MEDUSA_BACKEND_URL NODE_ENV=production
RUN cd storefront && npx next build
WORKDIR /app/storefront
EXPOSE 8000
ENV PORT=8000
CMD ["node", "server.mjs"]
