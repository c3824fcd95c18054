// The stages of `npm test`, group after group. The stages of one group run side by side, each with its
// output held back and printed whole when it ends, so that their lines never interleave.
import path from "node:path"
import { run } from "./processes.mjs"

const seconds = (ms) => `${(ms / 1000).toFixed(0)} s`

/** What a stage runs commands and writes lines with: to the terminal, or kept while `held`. */
function stageIo({ root, env, held }) {
  const output = []
  const sh = async (command, args, cwd = root, extra = {}) => {
    const label = `${path.basename(command)} ${args.join(" ")}`
    try {
      output.push(await run(command, args, { cwd, env: { ...env, ...extra }, label, quiet: held }))
    } catch (err) {
      if (!held) throw err
      // The whole output is printed with the stage; the error keeps its first line only.
      output.push(err.output ?? "")
      throw new Error(err.message.split("\n")[0], { cause: err })
    }
  }
  const say = (line) => (held ? output.push(`${line}\n`) : console.log(line))
  return { sh, say, output }
}

async function runStage(name, stage, { root, env, held }) {
  const io = stageIo({ root, env, held })
  if (!held) console.log(`\n=== ${name} ===`)
  const t = Date.now()
  let error = null
  try {
    await stage(io)
  } catch (err) {
    error = err
  }
  const ms = Date.now() - t
  const verdict = error ? `✖ failed (${seconds(ms)}): ${error.message}` : `ok (${seconds(ms)})`
  const body = held ? `\n=== ${name} ===\n${io.output.join("").trimEnd()}\n` : ""
  console.log(`${body}=== ${name}: ${verdict}`)
  return { name, ms, ok: !error }
}

/** Runs the groups in order and stops after a group with a failure; true when every stage passed. */
export async function runGroups(groups, stages, { root, env }) {
  const t0 = Date.now()
  const times = []
  for (const group of groups) {
    const held = group.length > 1
    if (held) console.log(`\n=== ${group.join(" ‖ ")}: side by side, each stage's output when it ends`)
    const t = Date.now()
    const results = await Promise.all(group.map((name) => runStage(name, stages[name], { root, env, held })))
    times.push(
      results.map((r) => `${r.name} ${seconds(r.ms)}`).join(" ‖ ") + (held ? ` (${seconds(Date.now() - t)})` : ""),
    )
    const failed = results.filter((r) => !r.ok).map((r) => r.name)
    if (failed.length) {
      console.error(`\n✖ ${failed.join(", ")} failed; stage times: ${times.join(", ")}`)
      return false
    }
  }
  console.log(`\nall stages passed in ${seconds(Date.now() - t0)}: ${times.join(", ")}`)
  return true
}
