import fs from "node:fs"
import http from "node:http"

/** The pid of the process listening on a local TCP port, from /proc (no ss or lsof needed). */
export function listenerPid(port: number): number {
  const hexPort = `:${port.toString(16).toUpperCase().padStart(4, "0")}`
  const inodes = new Set<string>()
  for (const table of ["/proc/net/tcp", "/proc/net/tcp6"]) {
    if (!fs.existsSync(table)) continue
    for (const line of fs.readFileSync(table, "utf8").split("\n").slice(1)) {
      const f = line.trim().split(/\s+/)
      if (f[1]?.endsWith(hexPort) && f[3] === "0A") inodes.add(f[9])
    }
  }
  for (const pid of fs.readdirSync("/proc").filter((d) => /^\d+$/.test(d))) {
    let fds: string[]
    try {
      fds = fs.readdirSync(`/proc/${pid}/fd`)
    } catch {
      continue // another user's process, or gone
    }
    for (const fd of fds) {
      try {
        const target = fs.readlinkSync(`/proc/${pid}/fd/${fd}`)
        if (inodes.has(target.slice("socket:[".length, -1))) return Number(pid)
      } catch {
        // closed while looking
      }
    }
  }
  throw new Error(`no process listens on port ${port}`)
}

/** Resident memory of a process in MB, from /proc/<pid>/status. */
export function rssMb(pid: number): number {
  const line = fs.readFileSync(`/proc/${pid}/status`, "utf8").match(/^VmRSS:\s+(\d+) kB/m)
  if (!line) throw new Error(`no VmRSS for process ${pid}`)
  return Number(line[1]) / 1024
}

/**
 * POSTs `bytes` of generated data with `Transfer-Encoding: chunked` (no Content-Length), and stops
 * sending as soon as the server answers. Returns the status and how many bytes went out before it.
 */
export function postChunked(url: string, bytes: number, headers: Record<string, string> = {}) {
  const chunk = Buffer.alloc(64 * 1024, "x")
  return new Promise<{ status: number; sent: number }>((resolve, reject) => {
    let sent = 0
    let answered = false
    // A connection of its own: one the server cut after refusing a body must not be reused.
    const req = http.request(url, { method: "POST", headers, agent: false })
    req.on("response", (res) => {
      answered = true
      resolve({ status: res.statusCode ?? 0, sent })
      res.on("error", () => undefined) // the connection may close under the rest of the body
      res.resume().on("end", () => req.destroy())
    })
    req.on("error", (e) => (answered ? undefined : reject(e)))
    const pump = () => {
      while (!answered && sent < bytes) {
        sent += chunk.length
        if (!req.write(chunk)) return void req.once("drain", pump)
      }
      if (!answered) req.end()
    }
    pump()
  })
}

/** Runs `work` while sampling a process's RSS every 50 ms; returns the result and the peak growth in MB. */
export async function peakGrowth<T>(pid: number, work: () => Promise<T>): Promise<{ result: T; growthMb: number }> {
  const before = rssMb(pid)
  let peak = before
  const timer = setInterval(() => (peak = Math.max(peak, rssMb(pid))), 50)
  try {
    const result = await work()
    return { result, growthMb: Math.max(peak, rssMb(pid)) - before }
  } finally {
    clearInterval(timer)
  }
}
