#!/usr/bin/env node
// `npm run reindex [-- index…]`: rebuilds the search indexes from the database and prints their
// document counts (backend/src/scripts/reindex-search.ts, run by `medusa exec`). Works beside a
// running `npm start` and without one (scripts/lib/exec-backend.mjs).
import path from "node:path"
import { fileURLToPath } from "node:url"
import { execBackendScript } from "./lib/exec-backend.mjs"

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..")
await execBackendScript(root, "reindex", "./src/scripts/reindex-search.js", process.argv.slice(2))
