#!/usr/bin/env node
// Type-checks every TypeScript project of the monorepo (the storefront is also
// checked by `next build`, which keeps type errors fatal).
import path from "node:path"
import { fileURLToPath } from "node:url"
import { run } from "./lib/processes.mjs"

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..")
const tsc = path.join(root, "node_modules", ".bin", "tsc")
const projects = [
  "packages/core",
  "packages/labels",
  "plugins/ocop",
  "plugins/ocop/src/admin",
  "plugins/search",
  "backend",
  "backend/src/admin",
  "storefront",
  "test",
]
for (const project of projects) {
  await run(tsc, ["--noEmit", "-p", project], { cwd: root, env: process.env, label: `tsc -p ${project}` })
}
console.log(`type check passed: ${projects.join(", ")}`)
