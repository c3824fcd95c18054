import {
  MeilisearchApiError,
  MeilisearchRequestError,
  MeilisearchRequestTimeOutError,
  MeilisearchTaskTimeOutError,
} from "meilisearch"
import { describe, expect, it } from "vitest"
import { describeMeiliError } from "../client"

// What the log and GET /admin/search/status say when Meilisearch fails, from the official client's typed errors.
describe("Meilisearch failures in words", () => {
  const url = "http://meilisearch:7700/indexes/product_meili/search"

  it("quotes the server's own answer", () => {
    const body = { message: "Attribute `stars` is not filterable.", code: "invalid_search_filter", type: "", link: "" }
    const err = new MeilisearchApiError(new Response(null, { status: 400 }), body)
    expect(describeMeiliError(err)).toBe(
      "Meilisearch answered 400 (invalid_search_filter): Attribute `stars` is not filterable.",
    )
  })

  it("tells a timeout from a server that cannot be reached", () => {
    const timeout = new MeilisearchRequestError(url, new MeilisearchRequestTimeOutError(5_000, {}))
    expect(describeMeiliError(timeout)).toBe("Meilisearch did not answer within 5000 ms")
    const refused = new TypeError("fetch failed", { cause: { code: "ECONNREFUSED" } })
    expect(describeMeiliError(new MeilisearchRequestError(url, refused))).toBe(
      `Request to ${url} has failed: Meilisearch is unreachable (ECONNREFUSED)`,
    )
    expect(describeMeiliError(new MeilisearchTaskTimeOutError(7, 60_000))).toMatch(/^Meilisearch timeout of 60000ms/)
  })

  it("finds the Meilisearch error inside a wrapping one, and keeps any other message", () => {
    const inner = new MeilisearchApiError(new Response(null, { status: 500 }), undefined)
    expect(describeMeiliError(new Error("reindex failed", { cause: inner }))).toBe("Meilisearch answered 500")
    expect(describeMeiliError(new Error("something else"))).toBe("something else")
  })
})
