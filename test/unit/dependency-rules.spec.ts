import path from "node:path"
import { createRequire } from "node:module"
import { cruise, type ICruiseOptions, type IViolation } from "dependency-cruiser"
import { describe, expect, it } from "vitest"

const root = path.resolve(__dirname, "../..")
const fixtures = path.join(root, "test/fixtures/layering")
const config = createRequire(__filename)(path.join(root, ".dependency-cruiser.cjs"))

/** Cruises `dirs` of `baseDir` with the project's rules; returns the violations as "rule: from → to". */
async function violations(baseDir: string, dirs: string[], extra: Partial<ICruiseOptions> = {}): Promise<string[]> {
  const options: ICruiseOptions = {
    ...config.options,
    ruleSet: { forbidden: config.forbidden },
    validate: true,
    baseDir,
    ...extra,
  }
  const result = await cruise(dirs, options)
  const output = result.output as { summary: { violations: IViolation[] } }
  return output.summary.violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`).sort()
}

describe("the dependency rules (.dependency-cruiser.cjs)", () => {
  it("fail on each wrong import of the fixture, and only on those", async () => {
    const found = await violations(fixtures, ["packages", "plugins", "backend", "storefront"], {
      // The fixture has no storefront alias and lies under test/, which the tree's run excludes.
      tsConfig: undefined,
      exclude: { path: "node_modules" },
    })
    expect(found).toEqual([
      "backend-through-plugin-contract: backend/src/deep-import.ts → plugins/demo/src/internal.ts",
      "data-module-stays-plain: backend/src/modules/thing/loaders/server.ts → http",
      "data-module-stays-plain: backend/src/modules/thing/service.ts → backend/src/api/route.ts",
      "no-circular: backend/src/cycle-a.ts → backend/src/cycle-b.ts",
      "packages-import-no-app: packages/core/src/wrong.ts → backend/src/thing.ts",
      "plugin-imports-only-packages: plugins/demo/src/reach-backend.ts → backend/src/thing.ts",
      "plugin-imports-only-packages: plugins/demo/src/reach-plugin.ts → plugins/other/src/index.ts",
      "storefront-imports-no-backend: storefront/src/page.ts → backend/src/thing.ts",
    ])
  })

  it("pass on the tree: no import circle outside model pairs, no arrow the wrong way", async () => {
    const found = await violations(root, ["packages", "plugins", "backend", "storefront", "seed", "scripts", "test"])
    expect(found).toEqual([])
  }, 60_000)
})
