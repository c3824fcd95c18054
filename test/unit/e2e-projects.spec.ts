import fs from "node:fs"
import path from "node:path"
import { describe, expect, it } from "vitest"
import { ISOLATED, ISOLATED_FILES } from "../e2e/isolated"

// The browser tests' split (test/e2e/isolated.ts): a name that matches no file would leave a file
// the list meant in the one-at-a-time project and a stale name in the list; a pattern matching more
// than the list names would run a file two at a time that nobody declared safe.
const dir = path.resolve(__dirname, "../e2e")
const files = fs.readdirSync(dir).filter((f) => f.endsWith(".e2e.ts"))

describe("the browser tests' projects", () => {
  it("list only existing files, each with a reason, and run two at a time exactly those", () => {
    for (const [file, reason] of Object.entries(ISOLATED_FILES)) {
      expect(files, file).toContain(file)
      expect(reason.length, file).toBeGreaterThan(5)
    }
    const matched = files.filter((f) => ISOLATED.test(path.join(dir, f)))
    expect(matched.sort()).toEqual(Object.keys(ISOLATED_FILES).sort())
    // Names differing only around the dots are other files.
    expect(ISOLATED.test(path.join(dir, "shopXe2eXts"))).toBe(false)
    expect(ISOLATED.test(path.join(dir, "my-shop.e2e.ts"))).toBe(false)
  })
})
