import js from "@eslint/js"
import globals from "globals"
import tseslint from "typescript-eslint"

export default tseslint.config(
  {
    ignores: [
      "**/node_modules/**",
      "**/.medusa/**",
      "**/.next/**",
      "**/dist/**",
      ".data/**",
      "test-results/**",
      "playwright-report/**",
      "**/next-env.d.ts",
      "backend/static/**",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["storefront/src/**/*.tsx", "plugins/*/src/admin/**/*.tsx", "backend/src/admin/**/*.tsx"],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // Medusa's integration test runner defines describe/it/expect as globals.
    files: ["backend/integration-tests/**/*.ts"],
    languageOptions: { globals: { ...globals.vitest } },
  },
)
