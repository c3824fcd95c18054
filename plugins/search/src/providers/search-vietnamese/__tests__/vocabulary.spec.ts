import { describe, expect, it } from "vitest"
import { correctQuery } from "../vocabulary"

/** A database holding a vocabulary, the phrases its documents hold, and each unknown word's nearest. */
function database(words: string[], phrases: string[], nearest: Record<string, string> = {}) {
  const statements: string[] = []
  const manager = {
    async execute(sql: string, params: unknown[] = []) {
      statements.push(sql)
      if (sql.includes("phraseto_tsquery"))
        return params.filter((p) => phrases.includes(p as string)).map((p) => ({ p }))
      if (sql.includes("DISTINCT ON"))
        return params.flatMap((w) => (nearest[w as string] ? [{ w, word: nearest[w as string] }] : []))
      return params
        .slice(1)
        .filter((w) => words.includes(w as string))
        .map((word) => ({ word }))
    },
  }
  const correct = (q: string) => correctQuery(manager, { table: "product_v1", tsConfig: "medusa_search_vietnamese" }, q)
  return { correct, statements }
}

describe("query words corrected against the index's vocabulary", () => {
  const words = ["ca", "phe", "nuoc", "mam", "ma", "mat", "ong", "tong", "rung"]

  it("splits a word typed without the space into the two syllables that stand side by side", async () => {
    const { correct } = database(words, ["ca phe", "nuoc mam", "mat ong"])
    expect(await correct("caphe")).toBe("ca phe")
    expect(await correct("Nuocmam")).toBe("nuoc mam")
    expect(await correct("matong rung")).toBe("mat ong rung")
  })

  it("replaces another unknown word by its nearest known word, and leaves known words and numbers", async () => {
    const { correct } = database(words, [], { mamm: "mam" })
    expect(await correct("nuoc mamm")).toBe("nuoc mam")
    expect(await correct("ca phe 00123")).toBeUndefined()
    expect(await correct("xyzzy")).toBeUndefined()
  })

  it("leaves long queries to typo tolerance, so a pasted text cannot flood the database", async () => {
    const long = database(words, [])
    expect(await long.correct("a b c d e f g h i")).toBeUndefined()
    expect(long.statements).toHaveLength(0)
  })

  it("asks the database nothing for an empty query, and only the vocabulary when every word is known", async () => {
    const empty = database(words, [])
    expect(await empty.correct(" ,. ")).toBeUndefined()
    expect(empty.statements).toHaveLength(0)
    const known = database(words, [])
    expect(await known.correct("Cà phê")).toBeUndefined()
    expect(known.statements).toHaveLength(1)
  })
})
