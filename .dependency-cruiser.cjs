/**
 * The layering of the monorepo, checked in `npm test` (lint stage) and proved to fail on a wrong
 * import by `test/unit/dependency-rules.spec.ts` (fixtures in `test/fixtures/layering`).
 * Paths are relative to the folder cruised, so the same rules judge the tree and the fixtures.
 * Decision 016 explains the layout these rules keep.
 */
const APP = "^(backend|plugins|storefront|seed|scripts|test)/"
/** The one file of a plugin others may import: its contract (source or build). */
const CONTRACT = "^plugins/[^/]+/(src/index\\.ts|\\.medusa/server/src/index\\.(js|d\\.ts))$"

module.exports = {
  forbidden: [
    {
      name: "no-circular",
      severity: "error",
      comment:
        "Import circles make load order matter and hide which room owns what. Medusa data models that " +
        "reference each other (belongsTo/hasMany pairs) are the one exception: the DML needs both sides.",
      from: {},
      to: { circular: true, viaOnly: { pathNot: "/models/[^/]+\\.(ts|js)$" } },
    },
    {
      name: "packages-import-no-app",
      severity: "error",
      comment:
        "packages/* are the pure, shared layer: they import no application code. Their tests may read " +
        "the shop's data files (frameworks, communes) to check the rules against the real data.",
      from: { path: "^packages/", pathNot: "/__tests__/" },
      to: { path: APP },
    },
    {
      name: "plugin-imports-only-packages",
      severity: "error",
      comment:
        "A plugin imports only packages/*, @medusajs/* and npm libraries: no backend, storefront, " +
        "seed, scripts or test code, and no other plugin.",
      from: { path: "^plugins/([^/]+)/" },
      to: { path: APP, pathNot: ["^plugins/$1/"] },
    },
    {
      name: "backend-through-plugin-contract",
      severity: "error",
      comment: "The backend reaches a plugin only through its contract entry (`@ocop/plugin`, `@ocop/search`).",
      from: { path: "^backend/" },
      to: { path: "^plugins/", pathNot: CONTRACT },
    },
    {
      name: "backend-resolves-plugins",
      severity: "error",
      comment:
        "An import of a plugin that does not resolve is a path outside its contract (or an unbuilt " +
        "plugin: npm test builds them first).",
      from: { path: "^(backend|seed|test)/" },
      to: { couldNotResolve: true, path: "^@ocop/" },
    },
    {
      name: "data-module-stays-plain",
      severity: "error",
      comment:
        "A Medusa data module (models, service, loaders, migrations) imports no API, workflow, " +
        "subscriber, job, admin or server code, and starts no server.",
      from: { path: "^(backend|plugins/[^/]+)/src/modules/" },
      to: {
        path: [
          "^(backend|plugins/[^/]+)/src/(api|workflows|subscribers|jobs|scripts|admin|lib|resolver)/",
          "^(http|https|net|node:http|node:https|node:net)$",
        ],
      },
    },
    {
      name: "storefront-imports-no-backend",
      severity: "error",
      comment: "The storefront speaks to the backend over HTTP only; shared shapes live in packages/*.",
      from: { path: "^storefront/" },
      to: { path: "^(backend|plugins|seed|scripts)/" },
    },
    {
      name: "backend-imports-no-storefront",
      severity: "error",
      comment: "The backend never imports the storefront.",
      from: { path: "^(backend|plugins)/" },
      to: { path: "^storefront/" },
    },
  ],
  options: {
    // A plugin's build is reached through its contract; its own sources are judged, not its output.
    doNotFollow: { path: ["node_modules", "\\.medusa/server/"] },
    exclude: {
      path: [
        "node_modules",
        "(^|/)\\.medusa/(admin|types|client)/",
        "(^|/)\\.next/",
        "(^|/)dist/",
        "^\\.data/",
        "^test/fixtures/layering/",
        "(^|/)migrations/",
      ],
    },
    // The workspace's own files, and the Node modules that start servers (for data-module-stays-plain).
    includeOnly: ["^(packages|plugins|backend|storefront|seed|scripts|test)/", "^(node:)?(http|https|net)$"],
    tsPreCompilationDeps: true,
    // The storefront's "@/…" alias; the other projects use relative paths and package names.
    tsConfig: { fileName: "tsconfig.layering.json" },
    preserveSymlinks: false,
    combinedDependencies: false,
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["import", "require", "node", "default", "types"],
      extensions: [".ts", ".tsx", ".js", ".mjs", ".cjs", ".json", ".d.ts"],
      mainFields: ["module", "main", "types", "typings"],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
}
