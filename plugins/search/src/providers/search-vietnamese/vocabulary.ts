import { foldVietnamese } from "@ocop/core"

/**
 * The words each index's documents hold (the lexemes of their `search_vector`: folded, lower case),
 * one row per index table and word, with a trigram index on the word (the provider's migration).
 * A misspelt or joined query word is corrected against it — a few thousand short rows — instead of
 * comparing the query with every document's text.
 */
export const VOCABULARY_TABLE = "search_vietnamese_word"

type Manager = { execute(sql: string, params?: unknown[]): Promise<unknown> }
type Rows<T> = Promise<T[]>

const placeholders = (xs: unknown[]) => xs.map(() => "?").join(", ")

/**
 * Adds the words of these documents to their index's vocabulary, in word order so that writes side by
 * side cannot deadlock. Words never leave it one by one: a stale word only makes a correction find
 * nothing, and the provider then falls back to typo tolerance; a rebuilt index starts a fresh one.
 */
export async function recordWords(manager: Manager, table: string, ids: string[]): Promise<void> {
  if (!ids.length) return
  await manager.execute(
    `INSERT INTO "${VOCABULARY_TABLE}" ("index_table", "word")
     SELECT DISTINCT ?::text, w FROM "${table}", unnest(tsvector_to_array("search_vector")) w
     WHERE "id" IN (${placeholders(ids)})
     ORDER BY w
     ON CONFLICT DO NOTHING`,
    [table, ...ids],
  )
}

/** Forgets a dropped index table's vocabulary. */
export async function forgetWords(manager: Manager, table: string): Promise<void> {
  await manager.execute(`DELETE FROM "${VOCABULARY_TABLE}" WHERE "index_table" = ?`, [table])
}

/** The query's words as the index folds them. Numbers are kept but never corrected. */
const queryWords = (q: string) =>
  foldVietnamese(q)
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean)

/** Past this many words a query is not corrected: shoppers type a few, and each word costs placeholders. */
const MAX_WORDS = 8
/** Two Vietnamese syllables joined are at most 14 letters; longer words are not split. */
const MAX_JOINED = 16

/** Every way to cut a joined word into two syllables: "caphe" → "c aphe", "ca phe", … */
const splits = (word: string) =>
  word.length > MAX_JOINED
    ? []
    : Array.from({ length: word.length - 1 }, (_, i) => `${word.slice(0, i + 1)} ${word.slice(i + 1)}`)

/**
 * The query with each word the index does not know replaced by what it most likely meant, or
 * undefined when every word is known (or nothing could be corrected). A word typed without the
 * space between its syllables ("caphe", "nuocmam") becomes the two known syllables that stand side
 * by side in some document ("ca phe"; "matong" is "mat ong", not "ma tong"); any other unknown word
 * becomes the most similar known word (pg_trgm `%`, similarity ≥ 0.3: "mamm" → "mam").
 */
export async function correctQuery(
  manager: Manager,
  config: { table: string; tsConfig: string },
  q: string,
): Promise<string | undefined> {
  const words = queryWords(q)
  if (!words.length || words.length > MAX_WORDS) return undefined
  const candidates = words.flatMap((w) => [w, ...splits(w).flatMap((s) => s.split(" "))])
  const known = new Set(
    (
      (await manager.execute(
        `SELECT "word" FROM "${VOCABULARY_TABLE}" WHERE "index_table" = ? AND "word" IN (${placeholders(candidates)})`,
        [config.table, ...candidates],
      )) as Awaited<Rows<{ word: string }>>
    ).map((r) => r.word),
  )
  const unknown = words.filter((w) => !known.has(w) && /[a-z]/.test(w))
  if (!unknown.length) return undefined
  const fixes = new Map<string, string>()
  const phrases = unknown.flatMap((w) => splits(w).filter((s) => s.split(" ").every((part) => known.has(part))))
  if (phrases.length) {
    const standing = (await manager.execute(
      `SELECT p FROM unnest(ARRAY[${placeholders(phrases)}]::text[]) p
       WHERE EXISTS (SELECT 1 FROM "${config.table}" WHERE "search_vector" @@ phraseto_tsquery('${config.tsConfig}', p))`,
      phrases,
    )) as Awaited<Rows<{ p: string }>>
    const found = new Set(standing.map((r) => r.p))
    for (const w of unknown) {
      const phrase = splits(w).find((s) => found.has(s))
      if (phrase) fixes.set(w, phrase)
    }
  }
  const rest = unknown.filter((w) => !fixes.has(w))
  if (rest.length) {
    const nearest = (await manager.execute(
      `SELECT DISTINCT ON (t.w) t.w, v."word" FROM unnest(ARRAY[${placeholders(rest)}]::text[]) t(w)
       JOIN "${VOCABULARY_TABLE}" v ON v."index_table" = ? AND v."word" % t.w
       ORDER BY t.w, similarity(v."word", t.w) DESC, v."word"`,
      [...rest, config.table],
    )) as Awaited<Rows<{ w: string; word: string }>>
    for (const r of nearest) fixes.set(r.w, r.word)
  }
  if (!fixes.size) return undefined
  return words.map((w) => fixes.get(w) ?? w).join(" ")
}
