#!/usr/bin/env node
// `npm run seed:national [-- --scale 0.1] [--seed N] [--as-of YYYY-MM-DD] [--only units,products,…]`:
// loads the synthetic national-scale dataset (seed/national/README.md) into the shop's database,
// beside a running `npm start` or alone (scripts/lib/exec-backend.mjs). Progress goes to the console.
import path from "node:path"
import { fileURLToPath } from "node:url"
import { execBackendScript } from "../../scripts/lib/exec-backend.mjs"

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..")
// `--scale 0.1` → `scale=0.1`: `medusa exec` refuses options it does not know.
const args = process.argv.slice(2)
const named = args.flatMap((a, i) => (a.startsWith("--") ? [`${a.slice(2)}=${args[i + 1]}`] : []))
await execBackendScript(root, "seed:national", path.join(root, "seed/national/load.mjs"), named)
