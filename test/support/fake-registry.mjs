import crypto from "node:crypto"
import http from "node:http"

/**
 * A stand-in for the national OCOP registry, speaking the feed format of
 * docs/registry-feed.md over real HTTP: paged JSON linked by `next`, an ETag
 * and Last-Modified on every page, 304 for a matching If-None-Match.
 * Plain JavaScript so the benchmarks (node, no TypeScript loader) serve the
 * same feed as the tests. Each request is kept with the time it arrived, so a
 * test can tell how often the shop pulled the feed.
 */
export async function startFakeRegistry(initial, pageSize = 20) {
  let rows = initial
  let modified = new Date()
  const requests = []
  const etagOf = (list) => `"${crypto.createHash("sha256").update(JSON.stringify(list)).digest("hex").slice(0, 16)}"`
  let tag = etagOf(rows)
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://registry")
    const page = Number(url.searchParams.get("page") ?? "1")
    const ifNoneMatch = req.headers["if-none-match"]
    const base = `http://127.0.0.1:${server.address().port}/certificates`
    if (url.pathname !== "/certificates") {
      res.writeHead(404).end()
    } else if (ifNoneMatch === tag) {
      res.writeHead(304, { etag: tag }).end()
    } else {
      const items = rows.slice((page - 1) * pageSize, page * pageSize)
      const next = page * pageSize < rows.length ? `${base}?page=${page + 1}` : null
      res.writeHead(200, { "content-type": "application/json", etag: tag, "last-modified": modified.toUTCString() })
      res.end(JSON.stringify({ items, next }))
    }
    requests.push({ url: url.toString(), ifNoneMatch, status: res.statusCode, at: Date.now() })
  })
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve))
  return {
    url: `http://127.0.0.1:${server.address().port}/certificates`,
    requests,
    setRows(next) {
      rows = next
      tag = etagOf(rows)
      modified = new Date()
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}
