import { defineConfig } from "vitest/config"

// Unit tests of pure code: fast, no database. Backend integration tests have
// their own config (backend/vitest.config.mts) because they boot Medusa.
export default defineConfig({
  test: {
    include: [
      "packages/*/src/**/__tests__/**/*.spec.ts",
      "plugins/*/src/**/__tests__/**/*.spec.ts",
      "backend/src/**/__tests__/**/*.unit.spec.ts",
      "scripts/**/__tests__/**/*.spec.{ts,mjs}",
      "storefront/src/**/__tests__/**/*.spec.ts",
      "test/unit/**/*.spec.ts",
    ],
    environment: "node",
    // next-intl's ESM imports "next/server" without an extension, which only a bundler resolves:
    // inlined, the storefront's proxy runs in its unit tests as it runs in Next.
    server: { deps: { inline: ["next-intl"] } },
  },
})
