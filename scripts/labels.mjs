#!/usr/bin/env node
// `npm run labels -- <product handle> <lot code> [--issue N] [--out DIR]`: a lot's labels as PNG files
// and an A4 PDF sheet (backend/src/scripts/generate-labels.ts, run by `medusa exec`). DIR defaults to
// ./labels/<lot code>. Works beside a running `npm start` and without one.
import path from "node:path"
import { fileURLToPath } from "node:url"
import { execBackendScript } from "./lib/exec-backend.mjs"

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..")
const args = process.argv.slice(2)
// medusa exec runs in the backend's build directory: give it an absolute output directory.
const at = args.indexOf("--out")
if (at >= 0 && args[at + 1]) args[at + 1] = path.resolve(args[at + 1])
else if (args[1]) args.push("--out", path.resolve("labels", args[1].replace(/[^A-Za-z0-9._-]/g, "_")))
await execBackendScript(root, "labels", "./src/scripts/generate-labels.js", args)
