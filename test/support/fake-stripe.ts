/**
 * A stand-in for Stripe's API (api.stripe.com cannot be reached from the machines this project is
 * built on): payment intents over HTTP in Stripe's wire format (form-encoded requests, JSON
 * answers, Stripe's error objects), enough for Medusa's Stripe provider to initiate, authorize,
 * capture and cancel.
 *
 * Medusa's provider builds its Stripe client itself with no host option, so the fake is reached
 * the way nock reaches it, and as the Stripe SDK expects test suites to (see its NodeHttpClient):
 * `https.request` to api.stripe.com is redirected in this process to the local server. Refunds
 * (`POST /v1/refunds`) are taken against a captured intent and start `pending`, as card refunds do;
 * `settleRefund` moves one on and builds the events Stripe would then deliver (`refund.updated`,
 * `charge.refunded`). Nothing of
 * Medusa's or the SDK's code is replaced; what Stripe itself would answer is not verified here
 * (docs/payments.md).
 */
import http from "node:http"
import https from "node:https"
import type { AddressInfo } from "node:net"

type Intent = {
  id: string
  object: "payment_intent"
  amount: number
  amount_capturable: number
  amount_received: number
  currency: string
  capture_method: string
  status: string
  metadata: Record<string, string>
  client_secret: string
  payment_method: null
  last_payment_error: null
  livemode: false
  created: number
}

type Refund = {
  id: string
  object: "refund"
  amount: number
  currency: string
  charge: string
  payment_intent: string
  status: "pending" | "succeeded" | "failed"
  created: number
}

export type StripeCall = { method: string; path: string; params: URLSearchParams }

export type FakeStripe = Awaited<ReturnType<typeof startFakeStripe>>

export async function startFakeStripe() {
  const intents = new Map<string, Intent>()
  const refunds = new Map<string, Refund>()
  const calls: StripeCall[] = []
  let seq = 0

  const server = http.createServer((req, res) => {
    let body = ""
    req.on("data", (chunk) => (body += chunk))
    req.on("end", () => {
      const url = new URL(req.url ?? "/", "http://stripe.local")
      const params = new URLSearchParams(req.method === "GET" ? url.search : body)
      calls.push({ method: req.method ?? "GET", path: url.pathname, params })
      const [status, json] = answer(req.method ?? "GET", url.pathname, params)
      res.writeHead(status, { "content-type": "application/json", "request-id": `req_fake_${calls.length}` })
      res.end(JSON.stringify(json))
    })
  })

  function answer(method: string, path: string, p: URLSearchParams): [number, unknown] {
    if (method === "POST" && path === "/v1/payment_intents") {
      const id = `pi_fake_${++seq}`
      const intent: Intent = {
        id,
        object: "payment_intent",
        amount: Number(p.get("amount")),
        amount_capturable: 0,
        amount_received: 0,
        currency: p.get("currency") ?? "",
        capture_method: p.get("capture_method") ?? "automatic",
        status: "requires_payment_method",
        metadata: Object.fromEntries(
          [...p].flatMap(([k, v]) => (k.startsWith("metadata[") ? [[k.slice(9, -1), v]] : [])),
        ),
        client_secret: `${id}_secret_fake`,
        payment_method: null,
        last_payment_error: null,
        livemode: false,
        created: Math.floor(Date.now() / 1000),
      }
      intents.set(id, intent)
      return [200, intent]
    }
    if (method === "POST" && path === "/v1/refunds") return refund(p)
    const m = /^\/v1\/payment_intents\/([^/]+)(?:\/(capture|cancel))?$/.exec(path)
    const intent = m && intents.get(m[1])
    if (!intent) return [404, error("resource_missing", `No such payment_intent: '${m?.[1] ?? path}'`)]
    if (method === "GET") return [200, intent]
    if (m[2] === "capture") {
      if (intent.status !== "requires_capture") {
        return [400, error("payment_intent_unexpected_state", "This PaymentIntent could not be captured.", intent)]
      }
      Object.assign(intent, { status: "succeeded", amount_received: intent.amount, amount_capturable: 0 })
      return [200, intent]
    }
    if (m[2] === "cancel") return [200, Object.assign(intent, { status: "canceled", amount_capturable: 0 })]
    if (p.has("amount")) intent.amount = Number(p.get("amount"))
    return [200, intent]
  }

  /** A refund of a captured intent, at most what was received less what was refunded already. */
  function refund(p: URLSearchParams): [number, unknown] {
    const intent = intents.get(p.get("payment_intent") ?? "")
    if (!intent) return [404, error("resource_missing", `No such payment_intent: '${p.get("payment_intent")}'`)]
    if (intent.status !== "succeeded")
      return [400, error("charge_not_captured", "This PaymentIntent does not have a successful charge to refund.")]
    const before = [...refunds.values()]
      .filter((r) => r.payment_intent === intent.id && r.status !== "failed")
      .reduce((sum, r) => sum + r.amount, 0)
    const amount = p.has("amount") ? Number(p.get("amount")) : intent.amount_received - before
    if (!Number.isInteger(amount) || amount <= 0 || before + amount > intent.amount_received)
      return [400, error("amount_too_large", `Refund amount (${amount}) is greater than charge amount left.`)]
    const made: Refund = {
      id: `re_fake_${++seq}`,
      object: "refund",
      amount,
      currency: intent.currency,
      charge: `ch_${intent.id}`,
      payment_intent: intent.id,
      status: "pending",
      created: Math.floor(Date.now() / 1000),
    }
    refunds.set(made.id, made)
    return [200, made]
  }

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  const restore = redirectStripeApi((server.address() as AddressInfo).port)

  return {
    calls,
    intents,
    /** What Stripe.js does when the shopper confirms the card on a manual-capture intent. */
    confirm(id: string) {
      const intent = intents.get(id)!
      Object.assign(intent, { status: "requires_capture", amount_capturable: intent.amount })
      return intent
    },
    /** The charge is captured at Stripe (dashboard, or automatic capture): what payment_intent.succeeded reports. */
    capture(id: string) {
      const intent = intents.get(id)!
      Object.assign(intent, { status: "succeeded", amount_received: intent.amount, amount_capturable: 0 })
      return { ...intent }
    },
    refunds,
    /**
     * The bank settles a refund (or fails it): the events Stripe delivers then, as their payloads —
     * `refund.updated` with the refund, and on success `charge.refunded` with the charge and its refunds.
     */
    settleRefund(id: string, status: "succeeded" | "failed") {
      const refund = Object.assign(refunds.get(id)!, { status })
      const intent = intents.get(refund.payment_intent)!
      const event = (type: string, object: unknown) => ({
        id: `evt_fake_${++seq}`,
        object: "event",
        type,
        created: Math.floor(Date.now() / 1000),
        livemode: false,
        data: { object },
      })
      const mine = [...refunds.values()].filter((r) => r.payment_intent === intent.id)
      const charge = {
        id: refund.charge,
        object: "charge",
        amount: intent.amount_received,
        amount_refunded: mine.filter((r) => r.status === "succeeded").reduce((sum, r) => sum + r.amount, 0),
        currency: intent.currency,
        payment_intent: intent.id,
        metadata: intent.metadata,
        refunded: false,
        refunds: { object: "list", data: mine.map((r) => ({ ...r })) },
      }
      charge.refunded = charge.amount_refunded === charge.amount
      return [
        event("refund.updated", { ...refund }),
        ...(status === "succeeded" ? [event("charge.refunded", charge)] : []),
      ]
    },
    async stop() {
      restore()
      await new Promise((resolve) => server.close(resolve))
    },
  }
}

function error(code: string, message: string, payment_intent?: Intent) {
  return { error: { type: "invalid_request_error", code, message, ...(payment_intent ? { payment_intent } : {}) } }
}

/** Sends this process's requests for api.stripe.com to the fake, over plain HTTP. */
function redirectStripeApi(port: number): () => void {
  const original = https.request
  https.request = function (this: unknown, ...args: Parameters<typeof https.request>) {
    const options = (typeof args[0] === "object" && !(args[0] instanceof URL) ? args[0] : {}) as https.RequestOptions
    if (options.host === "api.stripe.com") {
      const req = http.request({
        host: "127.0.0.1",
        port,
        path: options.path,
        method: options.method,
        headers: options.headers,
        agent: false,
      })
      // The SDK writes the body once the TLS handshake is done ("secureConnect"); this socket is plain TCP.
      req.once("socket", (socket) => socket.once("connect", () => socket.emit("secureConnect")))
      return req
    }
    return original.apply(this, args)
  } as typeof https.request
  return () => {
    https.request = original
  }
}
