import { createPostgresDatabaseTemplate } from "@medusajs/test-utils"
import pg from "pg"

/**
 * Databases a run's suites start from instead of migrating (and seeding) their own: PostgreSQL
 * copies a template database in a fraction of a second. The global setup drops them when a run
 * starts and ends, so a run never starts from another run's schema.
 */
export const Templates = {
  /** Migrated, links synced, search indexes created; no data. */
  migrated: "ocop-it-migrated",
  /** The demo seed and the officials' test account on top of `migrated`. */
  demoShop: "ocop-it-demo-shop",
} as const
export type Template = (typeof Templates)[keyof typeof Templates]

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`

/** A client on the server's maintenance database, with the credentials the Medusa test runner uses. */
async function withServer<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({
    host: process.env.DB_HOST ?? "localhost",
    port: Number(process.env.DB_PORT ?? 5432),
    user: process.env.DB_USERNAME ?? "postgres",
    password: process.env.DB_PASSWORD || undefined,
    database: "postgres",
  })
  await client.connect()
  try {
    return await work(client)
  } finally {
    await client.end()
  }
}

const exists = (client: pg.Client, name: string) =>
  client.query("select 1 from pg_database where datname = $1", [name]).then((r) => r.rowCount === 1)

/** Creates `database` as a copy of `template`; false when the run has no such template yet. */
export function cloneTemplate(template: Template, database: string): Promise<boolean> {
  return withServer(async (client) => {
    if (!(await exists(client, template))) return false
    await client.query(`create database ${quote(database)} template ${quote(template)}`)
    return true
  })
}

/**
 * Keeps a copy of `database` as `template` unless the run already has one. The copy is made under a
 * name of its own and renamed, so suites running side by side never read a half-made template.
 */
export async function saveTemplate(database: string, template: Template) {
  if (await withServer((client) => exists(client, template))) return
  const draft = `${template}-${process.pid}-${Date.now()}`
  await createPostgresDatabaseTemplate({ databaseName: database, templateName: draft })
  await withServer(async (client) => {
    try {
      await client.query(`alter database ${quote(draft)} rename to ${quote(template)}`)
    } catch (err) {
      await client.query(`drop database if exists ${quote(draft)}`)
      // Another suite saved the same template first: theirs is as good. Two renames at the same
      // instant can also meet in the catalogue's unique index (23505) rather than in the name check.
      if (!["42P04", "23505"].includes((err as { code?: string }).code ?? "")) throw err
    }
  })
}

/** Drops the templates, and drafts a crashed run left behind. */
export function dropTemplates() {
  return withServer(async (client) => {
    const { rows } = await client.query<{ datname: string }>("select datname from pg_database")
    const ours = rows.map((r) => r.datname).filter((name) => Object.values(Templates).some((t) => name.startsWith(t)))
    for (const name of ours) await client.query(`drop database if exists ${quote(name)} with (force)`)
  })
}
