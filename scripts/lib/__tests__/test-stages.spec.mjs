import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest"
import { runGroups } from "../test-stages.mjs"

const node = (code) => (io) => io.sh(process.execPath, ["-e", code])
const options = { root: process.cwd(), env: process.env }

describe("npm test's stage groups", () => {
  let printed = ""
  beforeEach(() => {
    printed = ""
    const keep = (text) => (printed += `${text}\n`)
    vi.spyOn(console, "log").mockImplementation(keep)
    vi.spyOn(console, "error").mockImplementation(keep)
  })
  afterEach(() => vi.restoreAllMocks())

  it("runs a group side by side and prints each stage's output whole when it ends", async () => {
    // "slow" ends only after "fast" has ended (a marker file, then a margin), however loaded the machine:
    // a fixed delay alone let a slow process start make "fast" end last.
    const marker = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "ocop-stages-")), "fast-done")
    const stages = {
      slow: node(
        `console.log('slow 1'); const t = setInterval(() => { if (require('fs').existsSync(${JSON.stringify(marker)})) ` +
          `{ clearInterval(t); setTimeout(() => console.log('slow 2'), 300) } }, 20)`,
      ),
      fast: node(
        `console.log('fast 1'); console.log('fast 2'); require('fs').writeFileSync(${JSON.stringify(marker)}, '')`,
      ),
    }
    expect(await runGroups([["slow", "fast"]], stages, options)).toBe(true)
    expect(printed).toMatch(/=== fast ===\nfast 1\nfast 2\n=== fast: ok \(\d+ s\)/)
    expect(printed).toMatch(/=== slow ===\nslow 1\nslow 2\n=== slow: ok \(\d+ s\)/)
    expect(printed.indexOf("=== fast ===")).toBeLessThan(printed.indexOf("=== slow ==="))
    expect(printed).toMatch(/all stages passed in \d+ s: slow \d+ s ‖ fast \d+ s \(\d+ s\)/)
  })

  it("lets the group of a failed stage finish, prints why, and runs no later group", async () => {
    const ran = []
    const stages = {
      broken: node("console.log('why it broke'); process.exit(3)"),
      other: async (io) => {
        await node("")(io)
        ran.push("other")
      },
      later: async () => ran.push("later"),
    }
    expect(await runGroups([["broken", "other"], ["later"]], stages, options)).toBe(false)
    expect(ran).toEqual(["other"])
    expect(printed).toMatch(/=== broken ===\nwhy it broke\n=== broken: ✖ failed \(\d+ s\): node -e .* \(exit 3\)/)
    expect(printed).toMatch(/✖ broken failed; stage times: broken \d+ s ‖ other \d+ s/)
  })
})
