// Local, private state of an embedded installation: generated secrets and the
// admin password (never hard-coded), and fingerprints that let a warm start skip work.
import crypto from "node:crypto"
import fs from "node:fs"
import path from "node:path"

export function loadState(dataDir) {
  const file = path.join(dataDir, "state.json")
  const state = fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, "utf8")) : {}
  return {
    data: state,
    save() {
      fs.mkdirSync(dataDir, { recursive: true })
      // 0600: the file holds the admin password and signing secrets.
      fs.writeFileSync(file, JSON.stringify(state, null, 2), { mode: 0o600 })
    },
  }
}

export function randomSecret(bytes = 32) {
  return crypto.randomBytes(bytes).toString("base64url")
}

/** A content hash of files and folders, to know whether a build or migration is still current. */
export function fingerprint(paths, { ignore = ["node_modules", ".next", ".medusa", "dist", ".data"] } = {}) {
  const hash = crypto.createHash("sha256")
  const walk = (p) => {
    if (!fs.existsSync(p)) return
    const stat = fs.statSync(p)
    if (stat.isDirectory()) {
      for (const name of fs.readdirSync(p).sort()) {
        if (!ignore.includes(name)) walk(path.join(p, name))
      }
    } else {
      hash.update(p)
      hash.update(fs.readFileSync(p))
    }
  }
  for (const p of paths) walk(p)
  return hash.digest("hex").slice(0, 16)
}

/**
 * Runs `build` unless `outputDir` holds the fingerprint of `inputs` from its last build.
 * The fingerprint sits inside the output, so deleting the output forces a rebuild and
 * every data directory shares the same builds.
 */
export async function buildIfChanged(outputDir, inputs, build) {
  const stamp = path.join(outputDir, ".ocop-build")
  const fp = fingerprint(inputs)
  if (fs.existsSync(stamp) && fs.readFileSync(stamp, "utf8") === fp) return false
  await build()
  fs.mkdirSync(outputDir, { recursive: true })
  fs.writeFileSync(stamp, fp)
  return true
}
