// The backend as the fault benchmarks need it: `medusa start` and the resolver process, each in a
// process group of its own, their output on stderr (stdout carries the figures), stopped gracefully
// with SIGTERM as a process manager would, and started again on the same ports.
import { spawn } from "node:child_process"
import path from "node:path"
import { RESOLVER_SCRIPT, resolverEnv } from "../../../scripts/lib/backend.mjs"

/** Starts the server and the resolver; resolves once `/health` and the resolver both answer. */
export async function startBackendProcess(settings, env, { say, readyPath }) {
  const serverDir = path.join(settings.backendDir, ".medusa", "server")
  const medusa = path.join(settings.root, "node_modules/.bin/medusa")
  let tail = ""
  const keep = (chunk) => {
    tail = (tail + chunk).slice(-4000)
    if (process.env.BENCH_BACKEND_LOG) process.stderr.write(chunk)
  }
  const spawnGroup = (args, childEnv) => {
    const child = spawn(medusa, args, {
      cwd: serverDir,
      env: childEnv,
      stdio: ["ignore", "pipe", "pipe"],
      detached: true,
    })
    child.stdout.on("data", keep)
    child.stderr.on("data", keep)
    const exited = new Promise((resolve) => child.on("exit", (code, signal) => resolve({ code, signal })))
    return { child, exited }
  }
  const server = spawnGroup(["start"], env)
  const resolver = spawnGroup(["exec", RESOLVER_SCRIPT], resolverEnv(settings, env))
  const both = [server, resolver]
  const url = `http://localhost:${settings.backendPort}`
  const resolverUrl = `http://localhost:${settings.resolverPort}`
  const deadline = Date.now() + 180_000
  for (;;) {
    const gone = both.find((p) => p.child.exitCode !== null)
    if (gone) throw new Error(`a backend process exited (${gone.child.exitCode}) before it was ready:\n${tail}`)
    if (Date.now() > deadline) throw new Error(`the backend was not ready within 180 s:\n${tail}`)
    const up = async (u, init) => (await fetch(u, init).catch(() => null))?.status === 200
    if (
      (await up(`${url}/health`)) &&
      (await up(`${resolverUrl}${readyPath}`, { headers: { accept: "application/linkset+json" } }))
    )
      break
    await new Promise((r) => setTimeout(r, 100))
  }
  say(`backend ready (server pid ${server.child.pid}, resolver pid ${resolver.child.pid})`)
  const signal = (name) => {
    for (const p of both)
      try {
        process.kill(-p.child.pid, name)
      } catch {
        // already gone
      }
  }
  const exited = Promise.all(both.map((p) => p.exited)).then(([s, r]) => (s.code !== 0 ? s : r))
  return {
    url,
    resolverUrl,
    child: server.child,
    exited,
    /** SIGTERM to both process groups; resolves with how the server (or else the resolver) exited. */
    stop() {
      signal("SIGTERM")
      return exited
    },
    /** Last resort at the end of a run. */
    kill() {
      signal("SIGKILL")
    },
    tail: () => tail,
  }
}
