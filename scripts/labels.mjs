#!/usr/bin/env node
// `npm run labels -- <product handle> <lot code> [--issue N] [--out DIR]`: a lot's labels as PNG files
// and an A4 PDF sheet (backend/src/scripts/generate-labels.ts, run by `medusa exec`). DIR defaults to
// ./labels/<lot code>. Works beside a running `npm start` and without one.
import path from "node:path"
import { fileURLToPath } from "node:url"
import { execBackendScript } from "./lib/exec-backend.mjs"

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..")
const args = process.argv.slice(2)
const option = (name) => (args.includes(`--${name}`) ? args[args.indexOf(`--${name}`) + 1] : undefined)
const [handle, lot] = args.filter((a, i) => !a.startsWith("--") && !args[i - 1]?.startsWith("--"))
if (!handle || !lot) {
  console.error("usage: npm run labels -- <product handle> <lot code> [--issue N] [--out DIR]")
  process.exit(2)
}
// `medusa exec` refuses options it does not know, so the script gets name=value arguments; it runs
// in the backend's build directory, so the output directory is made absolute here.
const out = path.resolve(option("out") ?? path.join("labels", lot.replace(/[^A-Za-z0-9._-]/g, "_")))
const issue = option("issue")
await execBackendScript(root, "labels", "./src/scripts/generate-labels.js", [
  handle,
  lot,
  `out=${out}`,
  ...(issue ? [`issue=${issue}`] : []),
])
