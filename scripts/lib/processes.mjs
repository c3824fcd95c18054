// Child processes in their own process groups, so that stopping one also stops
// everything it started (medusa and next both fork workers).
import { spawn } from "node:child_process"

const children = new Set()
// Every group ever started: a leader may exit while workers of its group live on.
const groups = new Set()

export function run(command, args, { cwd, env, label, quiet = false }) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd,
      env,
      stdio: quiet ? ["ignore", "pipe", "pipe"] : "inherit",
      detached: true,
    })
    children.add(child)
    groups.add(child.pid)
    let output = ""
    if (quiet) {
      child.stdout.on("data", (d) => (output += d))
      child.stderr.on("data", (d) => (output += d))
    }
    child.on("error", reject)
    child.on("exit", (code, signal) => {
      children.delete(child)
      if (code === 0) resolve(output)
      else {
        const err = new Error(
          `${label} failed (${signal ?? `exit ${code}`})${quiet ? `:\n${output.slice(-4000)}` : ""}`,
        )
        err.output = output
        reject(err)
      }
    })
  })
}

export function startService(command, args, { cwd, env, label }) {
  const child = spawn(command, args, { cwd, env, stdio: ["ignore", "pipe", "pipe"], detached: true })
  children.add(child)
  groups.add(child.pid)
  const prefix = `[${label}] `
  const pipe = (stream, out) =>
    stream.on("data", (chunk) => {
      for (const line of String(chunk).split("\n")) if (line.trim()) out.write(prefix + line + "\n")
    })
  pipe(child.stdout, process.stdout)
  pipe(child.stderr, process.stderr)
  child.on("exit", () => children.delete(child))
  return child
}

/** Polls `url` until it answers 2xx/3xx, or fails when `child` dies or time runs out. */
export async function waitForHttp(url, { child, timeoutMs, label }) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child && child.exitCode !== null)
      throw new Error(`${label} exited (code ${child.exitCode}) before it was ready`)
    try {
      const res = await fetch(url, { redirect: "manual" })
      if (res.status < 400) return
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250))
  }
  throw new Error(`${label} did not answer ${url} within ${timeoutMs / 1000} s`)
}

/** Stops every child's whole process group: TERM, then KILL after a grace period. */
export async function stopAll(graceMs = 8000) {
  for (const pid of groups) signalGroup(pid, "SIGTERM")
  const deadline = Date.now() + graceMs
  while (Date.now() < deadline && [...groups].some((pid) => signalGroup(pid, 0))) {
    await new Promise((r) => setTimeout(r, 100))
  }
  for (const pid of groups) signalGroup(pid, "SIGKILL")
  groups.clear()
}

/** Signals a process group; false when no process of the group is left. */
function signalGroup(pid, signal) {
  try {
    process.kill(-pid, signal)
    return true
  } catch {
    return false
  }
}
