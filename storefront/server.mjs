// The storefront's HTTP server: Next's own request handler behind the checks Next cannot make itself.
import http from "node:http"
import next from "next"

/**
 * Methods the Fetch standard forbids: Next turns every request into a Fetch `Request` before its
 * proxy runs, and for these the conversion throws, which Next answers with a 500. Every other method
 * reaches Next (its proxy refuses the ones pages do not have).
 */
const UNREPRESENTABLE = new Set(["CONNECT", "TRACE", "TRACK"])
const port = Number(process.env.PORT || 8000)
/**
 * Who the shopper is, for the backend's per-address limits: the connection's address, unless a proxy
 * in front of the storefront names the client (`STOREFRONT_BEHIND_PROXY=true`). A client's own
 * `X-Forwarded-For` is never passed on as if it were true.
 */
const behindProxy = process.env.STOREFRONT_BEHIND_PROXY === "true"

/**
 * An address whose path is not valid percent-encoded UTF-8 (`/vi/products/%ff`). A "%25" is valid
 * and goes on: it reaches a page as "%" (a lot code may hold one, GS1 allows it), and an unknown
 * product's address is the shop's not-found page like any other.
 */
function undecodable(url = "/") {
  try {
    decodeURIComponent(url.split("?")[0])
    return false
  } catch {
    return true
  }
}

function refuse(res, status, message, headers = {}) {
  res.writeHead(status, { "content-type": "application/json", "x-content-type-options": "nosniff", ...headers })
  res.end(JSON.stringify({ message }))
}

const app = next({ dev: false, dir: import.meta.dirname, hostname: "localhost", port })
const handle = app.getRequestHandler()
await app.prepare()

http
  .createServer((req, res) => {
    if (UNREPRESENTABLE.has(req.method ?? "")) {
      refuse(res, 405, `${req.method} is not allowed here; pages answer GET, HEAD and POST`, {
        allow: "GET, HEAD, POST",
      })
    } else if (undecodable(req.url)) {
      refuse(res, 400, "The address is not valid percent-encoded UTF-8")
    } else {
      if (!behindProxy) req.headers["x-forwarded-for"] = req.socket.remoteAddress ?? ""
      void handle(req, res)
    }
  })
  .listen(port, () => console.log(`storefront listening on port ${port}`))
