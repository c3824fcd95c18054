// Benchmarks measure search only once the index agrees with the database: the server seeds and
// follows it in the background, and timing it half-built would not be fair.
export async function searchIndexCaughtUp(backend, say, timeoutMs = 30 * 60_000) {
  const headers = { "x-publishable-api-key": backend.publishableKey, "content-type": "application/json" }
  const listed = (await (await fetch(`${backend.url}/store/products?limit=1&fields=id`, { headers })).json()).count
  const t = Date.now()
  for (;;) {
    const res = await fetch(`${backend.url}/store/search`, {
      method: "POST",
      headers,
      body: JSON.stringify({ entity: "product", filters: { q: "" }, pagination: { take: 1 } }),
    })
    const indexed = res.ok ? (await res.json()).results[0].metadata.count : 0
    if (indexed === listed)
      return say(`search index holds all ${listed} listed products after ${(Date.now() - t) / 1000} s`)
    if (Date.now() - t > timeoutMs) throw new Error(`search index stuck at ${indexed} of ${listed}`)
    await new Promise((r) => setTimeout(r, 2000))
  }
}
