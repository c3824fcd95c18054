// The backend as the fault benchmarks need it: `medusa start` in a process group of its own, its
// output on stderr (stdout carries the figures), stopped gracefully with SIGTERM as a process
// manager would, and started again on the same ports.
import { spawn } from "node:child_process"
import path from "node:path"

/** Starts the server; resolves once `/health` and the resolver's listener both answer. */
export async function startBackendProcess(settings, env, { say, readyPath }) {
  const serverDir = path.join(settings.backendDir, ".medusa", "server")
  const child = spawn(path.join(settings.root, "node_modules/.bin/medusa"), ["start"], {
    cwd: serverDir,
    env: { ...env, TRACE_RESOLVER_PORT: String(settings.resolverPort) },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  })
  let tail = ""
  const keep = (chunk) => {
    tail = (tail + chunk).slice(-4000)
    if (process.env.BENCH_BACKEND_LOG) process.stderr.write(chunk)
  }
  child.stdout.on("data", keep)
  child.stderr.on("data", keep)
  const exited = new Promise((resolve) => child.on("exit", (code, signal) => resolve({ code, signal })))
  const url = `http://localhost:${settings.backendPort}`
  const resolverUrl = `http://localhost:${settings.resolverPort}`
  const deadline = Date.now() + 180_000
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the backend exited (${child.exitCode}) before it was ready:\n${tail}`)
    if (Date.now() > deadline) throw new Error(`the backend was not ready within 180 s:\n${tail}`)
    const up = async (u, init) => (await fetch(u, init).catch(() => null))?.status === 200
    if (
      (await up(`${url}/health`)) &&
      (await up(`${resolverUrl}${readyPath}`, { headers: { accept: "application/linkset+json" } }))
    )
      break
    await new Promise((r) => setTimeout(r, 100))
  }
  say(`backend ready (pid ${child.pid})`)
  return {
    url,
    resolverUrl,
    child,
    exited,
    /** SIGTERM to the server's process group; resolves with how it exited. */
    stop() {
      try {
        process.kill(-child.pid, "SIGTERM")
      } catch {
        // already gone
      }
      return exited
    },
    /** Last resort at the end of a run. */
    kill() {
      try {
        process.kill(-child.pid, "SIGKILL")
      } catch {
        // already gone
      }
    },
    tail: () => tail,
  }
}
