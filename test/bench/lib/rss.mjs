// Resident memory of a server as the machine sees it: the process listening on a port plus every
// process it started (Next and Medusa fork workers), from `ss` and `ps`.
import { execFileSync } from "node:child_process"

/** RSS in MB of the process listening on `port` plus its descendants (NaN when nothing listens). */
export function rssOfListener(port) {
  const pid = execFileSync(
    "bash",
    ["-c", `ss -ltnpH 'sport = :${port}' | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2`],
    { encoding: "utf8" },
  ).trim()
  if (!pid) return NaN
  const procs = execFileSync("ps", ["-eo", "pid=,ppid=,rss="], { encoding: "utf8" })
    .trim()
    .split("\n")
    .map((l) => l.trim().split(/\s+/).map(Number))
  const tree = new Set([Number(pid)])
  for (let grew = true; grew;) {
    grew = false
    for (const [p, pp] of procs) {
      if (tree.has(pp) && !tree.has(p)) {
        tree.add(p)
        grew = true
      }
    }
  }
  return procs.filter(([p]) => tree.has(p)).reduce((sum, [, , rss]) => sum + rss, 0) / 1024
}

/** Samples the listeners' RSS every `everyMs` until stopped; returns the peaks in MB. */
export function sampleRss(ports, everyMs = 500) {
  const peaks = Object.fromEntries(Object.keys(ports).map((k) => [k, 0]))
  const tick = () => {
    for (const [name, port] of Object.entries(ports)) peaks[name] = Math.max(peaks[name], rssOfListener(port) || 0)
  }
  tick()
  const timer = setInterval(tick, everyMs)
  return () => {
    clearInterval(timer)
    tick()
    return peaks
  }
}
