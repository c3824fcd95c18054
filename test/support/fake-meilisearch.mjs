import http from "node:http"

/**
 * A stand-in for a Meilisearch server (v1 HTTP API) for the calls the shop's provider makes:
 * indexes (create, list, stats, delete), settings (incl. synonyms, filterable and sortable
 * attributes), documents (add or replace, delete by ids, by filter, all), asynchronous tasks, and
 * search with filter expressions, sort, facets and synonyms. Answers carry Meilisearch's shapes
 * and error codes, and it refuses what Meilisearch refuses (a filter on an attribute that is not
 * filterable, a missing or wrong API key).
 *
 * Not Meilisearch: matching is plain word and phrase matching on lower-cased text without marks
 * (the last query word as a prefix), with no typo tolerance and a crude ranking. See
 * docs/search.md for what was not verified against a real server.
 *
 * `setMode("error")` answers 500 to everything; `stop()` closes the port (unreachable) and
 * `start()` opens it again.
 */
export async function startFakeMeilisearch({ apiKey, port = 0 } = {}) {
  const indexes = new Map()
  const tasks = new Map()
  const requests = []
  let nextTask = 0
  let mode = "ok"

  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url ?? "/", "http://meilisearch")
    const body = await readBody(req)
    requests.push({ method: req.method, path: url.pathname, body })
    const send = (status, data) => {
      res.writeHead(status, { "content-type": "application/json" })
      res.end(JSON.stringify(data))
    }
    if (mode === "error") return send(500, error("internal", "fake Meilisearch set to fail", "internal"))
    if (apiKey && req.headers.authorization !== `Bearer ${apiKey}`) {
      return req.headers.authorization
        ? send(403, error("invalid_api_key", "The provided API key is invalid.", "auth"))
        : send(401, error("missing_authorization_header", "The Authorization header is missing.", "auth"))
    }
    try {
      const [status, data] = route(req.method, url, body)
      send(status, data)
    } catch (err) {
      send(err.status ?? 400, error(err.code ?? "bad_request", err.message))
    }
  })

  function route(method, url, body) {
    const parts = url.pathname.split("/").filter(Boolean).map(decodeURIComponent)
    const [root, uid, sub, action] = parts
    if (root === "health") return [200, { status: "available" }]
    if (root === "tasks" && uid && method === "GET") {
      const task = tasks.get(Number(uid))
      if (!task) throw fail(404, "task_not_found", `Task \`${uid}\` not found.`)
      return [200, task]
    }
    if (root !== "indexes") throw fail(404, "not_found", "Not found")
    if (!uid) {
      if (method === "GET") {
        const results = [...indexes.values()].map(indexInfo)
        return [200, { results, offset: 0, limit: Number(url.searchParams.get("limit") ?? 20), total: results.length }]
      }
      if (method === "POST") {
        return enqueue(body.uid, "indexCreation", () => {
          if (indexes.has(body.uid)) throw fail(409, "index_already_exists", `Index \`${body.uid}\` already exists.`)
          createIndex(body.uid, body.primaryKey)
        })
      }
    }
    if (!sub) {
      if (method === "GET") return [200, indexInfo(existing(uid))]
      if (method === "DELETE") return enqueue(uid, "indexDeletion", () => existing(uid) && indexes.delete(uid))
    }
    if (sub === "stats" && method === "GET") {
      const index = existing(uid)
      return [200, { numberOfDocuments: index.documents.size, isIndexing: false, fieldDistribution: {} }]
    }
    if (sub === "settings") {
      if (method === "GET") return [200, existing(uid).settings]
      if (method === "PATCH") {
        return enqueue(uid, "settingsUpdate", () => Object.assign(ensureIndex(uid).settings, body))
      }
    }
    if (sub === "documents") {
      if (!action && method === "POST") {
        const primaryKey = url.searchParams.get("primaryKey")
        return enqueue(uid, "documentAdditionOrUpdate", () => {
          const index = ensureIndex(uid, primaryKey)
          for (const doc of body) {
            const id = doc[index.primaryKey]
            if (id === undefined)
              throw fail(400, "missing_document_id", `Document doesn't have a \`${index.primaryKey}\` attribute.`)
            index.documents.set(String(id), doc)
          }
        })
      }
      if (!action && method === "DELETE") return enqueue(uid, "documentDeletion", () => existing(uid).documents.clear())
      if (action === "delete-batch" && method === "POST") {
        return enqueue(uid, "documentDeletion", () => body.forEach((id) => existing(uid).documents.delete(String(id))))
      }
      if (action === "delete" && method === "POST") {
        return enqueue(uid, "documentDeletion", () => {
          const index = existing(uid)
          const test = compileFilter(body.filter, index.settings.filterableAttributes)
          for (const [id, doc] of index.documents) if (test(doc)) index.documents.delete(id)
        })
      }
      if (action && method === "GET") {
        const doc = existing(uid).documents.get(action)
        if (!doc) throw fail(404, "document_not_found", `Document \`${action}\` not found.`)
        return [200, doc]
      }
    }
    if (sub === "search" && method === "POST") return [200, search(existing(uid), body)]
    throw fail(404, "not_found", `${method} ${url.pathname} is not part of this fake`)
  }

  function createIndex(uid, primaryKey) {
    const now = new Date().toISOString()
    const index = {
      uid,
      primaryKey: primaryKey ?? "id",
      createdAt: now,
      updatedAt: now,
      documents: new Map(),
      settings: {
        searchableAttributes: ["*"],
        displayedAttributes: ["*"],
        filterableAttributes: [],
        sortableAttributes: [],
        synonyms: {},
        typoTolerance: { enabled: true },
      },
    }
    indexes.set(uid, index)
    return index
  }
  const ensureIndex = (uid, primaryKey) => indexes.get(uid) ?? createIndex(uid, primaryKey)
  function existing(uid) {
    const index = indexes.get(uid)
    if (!index) throw fail(404, "index_not_found", `Index \`${uid}\` not found.`)
    return index
  }
  const indexInfo = (i) => ({ uid: i.uid, primaryKey: i.primaryKey, createdAt: i.createdAt, updatedAt: i.updatedAt })

  /** Meilisearch answers 202 with a summary and applies the write later, in order. */
  function enqueue(indexUid, type, apply) {
    const uid = nextTask++
    const task = { uid, indexUid, status: "enqueued", type, error: null, enqueuedAt: new Date().toISOString() }
    tasks.set(uid, task)
    setTimeout(() => {
      try {
        apply()
        task.status = "succeeded"
      } catch (err) {
        task.status = "failed"
        task.error = { message: err.message, code: err.code, type: "invalid_request", link: "" }
      }
      task.finishedAt = new Date().toISOString()
    }, 5)
    return [202, { taskUid: uid, indexUid, status: "enqueued", type, enqueuedAt: task.enqueuedAt }]
  }

  function search(index, body) {
    const { settings } = index
    for (const facet of body.facets ?? []) {
      if (!settings.filterableAttributes.includes(facet)) {
        throw fail(400, "invalid_search_facets", `Attribute \`${facet}\` is not filterable.`)
      }
    }
    for (const rule of body.sort ?? []) {
      const [field] = rule.split(":")
      if (!settings.sortableAttributes.includes(field)) {
        throw fail(400, "invalid_search_sort", `Attribute \`${field}\` is not sortable.`)
      }
    }
    const filter = body.filter ? compileFilter(body.filter, settings.filterableAttributes) : () => true
    const terms = queryTerms(body.q ?? "", settings.synonyms)
    const searchable = settings.searchableAttributes[0] === "*" ? null : settings.searchableAttributes
    let matches = []
    for (const doc of index.documents.values()) {
      if (!filter(doc)) continue
      const rank = matchRank(doc, terms, searchable)
      if (rank !== null) matches.push({ doc, rank })
    }
    matches.sort((a, b) => a.rank - b.rank)
    for (const rule of [...(body.sort ?? [])].reverse()) {
      const [field, dir] = rule.split(":")
      matches.sort((a, b) => compare(a.doc[field], b.doc[field]) * (dir === "desc" ? -1 : 1))
    }
    const facetDistribution = {}
    for (const facet of body.facets ?? []) {
      const counts = (facetDistribution[facet] = {})
      for (const { doc } of matches) {
        for (const value of [doc[facet]].flat()) {
          if (value !== undefined && value !== null) counts[String(value)] = (counts[String(value)] ?? 0) + 1
        }
      }
    }
    const offset = body.offset ?? 0
    const limit = body.limit ?? 20
    const displayed = settings.displayedAttributes[0] === "*" ? null : settings.displayedAttributes
    const hits = matches.slice(offset, offset + limit).map(({ doc, rank }) => {
      const keys = Object.keys(doc).filter(
        (k) =>
          (!displayed || displayed.includes(k)) &&
          (!body.attributesToRetrieve || body.attributesToRetrieve.includes(k)),
      )
      const hit = Object.fromEntries(keys.map((k) => [k, doc[k]]))
      if (body.showRankingScore) hit._rankingScore = 1 / (1 + rank)
      return hit
    })
    return {
      hits,
      query: body.q ?? "",
      processingTimeMs: 0,
      limit,
      offset,
      estimatedTotalHits: matches.length,
      ...(body.facets?.length ? { facetDistribution, facetStats: {} } : {}),
    }
  }

  await listen(server, port)
  const base = () => `http://127.0.0.1:${server.address().port}`
  let url = base()
  return {
    url,
    requests,
    indexes,
    /** The newest index whose uid starts with `prefix` (each version of an index is one). */
    index(prefix) {
      return [...indexes.values()].filter((i) => i.uid.startsWith(prefix)).pop()
    },
    setMode(next) {
      mode = next
    },
    async stop() {
      server.closeAllConnections?.()
      await new Promise((resolve) => server.close(resolve))
    },
    async start() {
      await listen(server, Number(new URL(url).port))
    },
  }
}

function listen(server, port) {
  return new Promise((resolve) => server.listen(port, "127.0.0.1", resolve))
}

function readBody(req) {
  return new Promise((resolve) => {
    let data = ""
    req.on("data", (chunk) => (data += chunk))
    req.on("end", () => {
      try {
        resolve(data ? JSON.parse(data) : undefined)
      } catch {
        resolve(undefined)
      }
    })
  })
}

function error(code, message, type = "invalid_request") {
  return { message, code, type, link: `https://docs.meilisearch.com/errors#${code}` }
}

function fail(status, code, message) {
  return Object.assign(new Error(message), { status, code })
}

/**
 * Lower-cased words with marks removed and "đ" as "d": Meilisearch ignores diacritics since 1.0
 * (meilisearch/meilisearch#3092) and its tokenizer has a Vietnamese normalizer (charabia#174).
 */
const words = (text) =>
  String(text)
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)

/** Query words, with multi-word synonym keys taken as phrases; each term lists its alternatives. */
function queryTerms(q, rawSynonyms) {
  // Synonyms are normalised like the text they match.
  const synonyms = Object.fromEntries(
    Object.entries(rawSynonyms).map(([key, values]) => [words(key).join(" "), values]),
  )
  const list = words(q)
  const terms = []
  for (let i = 0; i < list.length;) {
    let taken = 1
    let alternatives = [list[i]]
    for (let n = Math.min(3, list.length - i); n >= 1; n--) {
      const phrase = list.slice(i, i + n).join(" ")
      if (synonyms[phrase]) {
        taken = n
        alternatives = [phrase, ...synonyms[phrase].map((s) => words(s).join(" "))]
        break
      }
    }
    terms.push({ alternatives, prefix: i + taken === list.length })
    i += taken
  }
  return terms
}

/** The rank of a document for the query (lower is better), or null when a term is missing. */
function matchRank(doc, terms, searchable) {
  if (!terms.length) return 0
  const attributes = searchable ?? Object.keys(doc)
  const texts = attributes.map((a) => ` ${words([doc[a] ?? ""].flat().join(" ")).join(" ")} `)
  let rank = 0
  for (const term of terms) {
    const at = texts.findIndex((text) =>
      term.alternatives.some((alt) => (term.prefix ? text.includes(` ${alt}`) : text.includes(` ${alt} `))),
    )
    if (at < 0) return null
    rank += at
  }
  return rank
}

function compare(a, b) {
  if (a === b) return 0
  if (a === undefined || a === null) return 1
  if (b === undefined || b === null) return -1
  return a < b ? -1 : 1
}

/** Meilisearch's filter expression language: =, !=, <, <=, >, >=, IN, NOT IN, EXISTS, IS NULL, AND, OR, NOT, (). */
function compileFilter(expression, filterable) {
  const tokens = tokenize(expression)
  let pos = 0
  const peek = () => tokens[pos]
  const next = () => tokens[pos++]
  const keyword = (word) => peek()?.type === "word" && peek().value.toUpperCase() === word
  const expect = (value) => {
    const token = next()
    if (token?.value !== value)
      throw fail(400, "invalid_search_filter", `Was expecting \`${value}\` in \`${expression}\``)
  }
  const orExpr = () => {
    let left = andExpr()
    while (keyword("OR")) {
      next()
      const l = left
      const r = andExpr()
      left = (d) => l(d) || r(d)
    }
    return left
  }
  const andExpr = () => {
    let left = notExpr()
    while (keyword("AND")) {
      next()
      const l = left
      const r = notExpr()
      left = (d) => l(d) && r(d)
    }
    return left
  }
  const notExpr = () => {
    if (keyword("NOT")) {
      next()
      const inner = notExpr()
      return (d) => !inner(d)
    }
    if (peek()?.value === "(") {
      next()
      const inner = orExpr()
      expect(")")
      return inner
    }
    return condition()
  }
  const value = () => {
    const token = next()
    if (!token || token.type === "op") throw fail(400, "invalid_search_filter", `Missing value in \`${expression}\``)
    return token.type === "string"
      ? token.value
      : /^-?\d+(\.\d+)?$/.test(token.value)
        ? Number(token.value)
        : token.value
  }
  const list = () => {
    expect("[")
    const values = []
    while (peek()?.value !== "]") {
      values.push(value())
      if (peek()?.value === ",") next()
    }
    expect("]")
    return values
  }
  const condition = () => {
    const attribute = next()?.value
    if (!filterable.includes(attribute)) {
      throw fail(400, "invalid_search_filter", `Attribute \`${attribute}\` is not filterable.`)
    }
    const get = (d) => [d[attribute]].flat().filter((v) => v !== undefined)
    const eq = (a, b) => String(a) === String(b)
    if (keyword("IN")) {
      next()
      const values = list()
      return (d) => get(d).some((v) => values.some((x) => eq(v, x)))
    }
    if (keyword("NOT")) {
      next()
      if (keyword("IN")) {
        next()
        const values = list()
        return (d) => !get(d).some((v) => values.some((x) => eq(v, x)))
      }
      next() // EXISTS
      return (d) => d[attribute] === undefined
    }
    if (keyword("EXISTS")) {
      next()
      return (d) => d[attribute] !== undefined
    }
    if (keyword("IS")) {
      next()
      const negate = keyword("NOT") && next()
      next() // NULL
      return (d) => (d[attribute] === null) !== !!negate
    }
    const op = next()?.value
    const operand = value()
    const tests = {
      "=": (v) => eq(v, operand),
      "!=": (v) => !eq(v, operand),
      ">": (v) => Number(v) > Number(operand),
      ">=": (v) => Number(v) >= Number(operand),
      "<": (v) => Number(v) < Number(operand),
      "<=": (v) => Number(v) <= Number(operand),
    }
    if (!tests[op]) throw fail(400, "invalid_search_filter", `Unknown operator \`${op}\` in \`${expression}\``)
    if (op === "!=") return (d) => !get(d).some((v) => eq(v, operand))
    return (d) => get(d).some(tests[op])
  }
  const test = orExpr()
  if (pos !== tokens.length) throw fail(400, "invalid_search_filter", `Unexpected end of \`${expression}\``)
  return test
}

function tokenize(expression) {
  const tokens = []
  const re = /\s*(?:"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'|(>=|<=|!=|=|>|<|\(|\)|\[|\]|,)|([^\s"'()[\],=<>!]+))/gy
  let m
  while (re.lastIndex < expression.length && (m = re.exec(expression))) {
    if (m[1] !== undefined) tokens.push({ type: "string", value: JSON.parse(`"${m[1]}"`) })
    else if (m[2] !== undefined) tokens.push({ type: "string", value: m[2] })
    else if (m[3] !== undefined) tokens.push({ type: "op", value: m[3] })
    else if (m[4] !== undefined) tokens.push({ type: "word", value: m[4] })
    if (!m[0].trim()) break
  }
  return tokens
}
