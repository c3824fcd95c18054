import pg from "pg"
import { launch, waitForOutput, type Proc } from "./processes"

/** A throwaway Redis for one system test: no snapshots, no append-only file, this machine only. */
export async function launchRedis(port: number, cwd: string): Promise<Proc> {
  const redis = launch(
    "redis-server",
    ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
    { cwd, env: process.env },
  )
  await waitForOutput(redis, /Ready to accept connections/, 10_000)
  return redis
}

/** One SQL statement on its own connection: tests read what the servers wrote, between their steps. */
export async function sql<T>(url: string, text: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return (await client.query(text, params)).rows as T[]
  } finally {
    await client.end()
  }
}
