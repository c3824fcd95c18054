import { spawn, type ChildProcess } from "node:child_process"
import { execFileSync } from "node:child_process"
import net from "node:net"

/** A child process whose output is kept, so tests can wait for and inspect lines. */
export type Proc = { child: ChildProcess; output: () => string; exited: Promise<number | null> }

export function launch(command: string, args: string[], opts: { cwd: string; env: NodeJS.ProcessEnv }): Proc {
  const child = spawn(command, args, { ...opts, stdio: ["ignore", "pipe", "pipe"], detached: true })
  let out = ""
  child.stdout!.on("data", (d) => (out += d))
  child.stderr!.on("data", (d) => (out += d))
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)))
  return { child, output: () => out, exited }
}

export async function waitForOutput(proc: Proc, pattern: RegExp, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!pattern.test(proc.output())) {
    if (proc.child.exitCode !== null)
      throw new Error(`process exited before ${pattern}:\n${proc.output().slice(-3000)}`)
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${pattern}:\n${proc.output().slice(-3000)}`)
    await new Promise((r) => setTimeout(r, 200))
  }
}

/** Sends SIGINT as Ctrl-C would and waits for the process to exit. */
export async function interrupt(proc: Proc, timeoutMs = 30_000): Promise<number | null> {
  proc.child.kill("SIGINT")
  const timer = new Promise<"timeout">((r) => setTimeout(() => r("timeout"), timeoutMs))
  const result = await Promise.race([proc.exited, timer])
  if (result === "timeout") {
    killGroup(proc)
    throw new Error("did not stop within the time limit after Ctrl-C")
  }
  return result
}

export function killGroup(proc: Proc) {
  try {
    process.kill(-proc.child.pid!, "SIGKILL")
  } catch {
    // already gone
  }
}

export function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = net.createServer()
    s.once("error", () => resolve(false))
    s.listen(port, () => s.close(() => resolve(true)))
  })
}

/** Command lines of running processes that mention `needle` (for orphan checks). */
export function processesMentioning(needle: string): string[] {
  const lines = execFileSync("ps", ["-eo", "pid=,args="], { encoding: "utf8" }).split("\n")
  return lines.filter((l) => l.includes(needle) && !l.includes("ps -eo"))
}
