// `npm start` as the benchmarks run it: on their own ports and data directory, resolved when the
// shop says "ready" (with the seconds it took), stopped with Ctrl-C as a person would.
import { spawn } from "node:child_process"
import path from "node:path"
import { fileURLToPath } from "node:url"

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..")

export function startShop(dataDir, ports) {
  return new Promise((resolve, reject) => {
    const t0 = performance.now()
    const child = spawn(process.execPath, ["scripts/start.mjs"], {
      cwd: root,
      env: { ...process.env, ...ports, OCOP_DATA_DIR: dataDir },
      stdio: ["ignore", "pipe", "inherit"],
    })
    let out = ""
    child.stdout.on("data", (d) => {
      out += d
      if (/\] ready$/m.test(out)) resolve({ seconds: (performance.now() - t0) / 1000, child })
    })
    child.on("exit", (code) => reject(new Error(`npm start exited with ${code}:\n${out.slice(-2000)}`)))
  })
}

export function stopShop(child) {
  return new Promise((resolve) => {
    child.removeAllListeners("exit")
    child.on("exit", resolve)
    child.kill("SIGINT")
  })
}
