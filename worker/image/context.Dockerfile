# The scheduler worker image from the build context calvin-runtime ships (lib/worker-image/, made by
# `npm run build`: scripts/worker-image-context.mjs): the bundle scripts/bundle-worker.mjs writes, and
# this file. CalvinPlatform (calvin-runtime/pulumi) builds it in a customer's repo, which has no
# worker source; worker/Dockerfile builds the same runtime stage from the source in this repository.
# The context holds only what the image needs, so nothing else in the repo changes the image.

# BullMQ's optional native encoder, for the image's platform (a .node binary is not bundled; msgpackr
# falls back to JavaScript without it). The version the repository's lock file pins (package.json overrides).
FROM node:24-bookworm-slim AS native
WORKDIR /native
RUN npm install --no-audit --no-fund --no-save --omit=dev msgpackr-extract@3.0.4

FROM node:24-bookworm-slim AS runtime
# As in worker/Dockerfile (the reasons are there): glibc malloc tuned for idle RSS.
ENV NODE_ENV=production MALLOC_ARENA_MAX=2 MALLOC_TRIM_THRESHOLD_=131072
WORKDIR /app
COPY main.js main.js.LEGAL.txt ./lib/worker/
COPY node_modules ./lib/worker/node_modules
COPY --from=native /native/node_modules ./lib/worker/node_modules
USER 1000:1000
EXPOSE 8080
CMD ["node", "--expose-gc", "lib/worker/main.js"]
