import type { MedusaRequest } from "@medusajs/framework/http"
import { BlockList, isIP } from "node:net"

/**
 * The account a request names: its e-mail as a person reads it, so that `An@Shop.vn `, `an@shop.vn`
 * and the same letters in another Unicode form count as one. Null when there is none.
 */
export function accountKey(email: unknown): string | null {
  if (typeof email !== "string") return null
  const key = email.normalize("NFC").trim().toLowerCase()
  return key ? key : null
}

const LOOPBACK: [string, number, "ipv4" | "ipv6"][] = [
  ["127.0.0.0", 8, "ipv4"],
  ["::1", 128, "ipv6"],
]
const PRIVATE: [string, number, "ipv4" | "ipv6"][] = [
  ["10.0.0.0", 8, "ipv4"],
  ["172.16.0.0", 12, "ipv4"],
  ["192.168.0.0", 16, "ipv4"],
  ["fc00::", 7, "ipv6"],
]

/**
 * The proxies whose `X-Forwarded-For` is believed, from `TRUSTED_PROXIES`: addresses, subnets
 * (`10.1.0.0/16`), `loopback`, `private`, or `none`. By default only the machine itself, where the
 * embedded mode's storefront and any local reverse proxy run. Medusa itself believes one hop from
 * anyone, which would let a client pick its own address and escape the per-address limits.
 */
export function trustedProxies(setting = process.env.TRUSTED_PROXIES || "loopback"): BlockList {
  const list = new BlockList()
  for (const entry of setting.split(",").map((part) => part.trim().toLowerCase())) {
    if (entry === "loopback" || entry === "private") {
      for (const [net, prefix, type] of entry === "loopback" ? LOOPBACK : PRIVATE) list.addSubnet(net, prefix, type)
      continue
    }
    if (entry === "none" || entry === "") continue
    const [address, prefix] = entry.split("/")
    const type = isIP(address) === 6 ? "ipv6" : "ipv4"
    const bits = prefix === undefined ? (type === "ipv6" ? 128 : 32) : Number(prefix)
    if (!isIP(address) || !Number.isInteger(bits) || bits < 0 || bits > (type === "ipv6" ? 128 : 32)) {
      throw new Error(`TRUSTED_PROXIES: "${entry}" is not an address, a subnet, loopback, private or none`)
    }
    list.addSubnet(address, bits, type)
  }
  return list
}

const trusted = trustedProxies()
const plain = (address: string) => address.replace(/^::ffff:(?=\d+\.)/, "")
const isTrusted = (address: string) => {
  const type = isIP(address)
  return type !== 0 && trusted.check(address, type === 6 ? "ipv6" : "ipv4")
}

/**
 * The address a request comes from: the connection's, or, when that is a trusted proxy, the last
 * address in `X-Forwarded-For` that no trusted proxy added (the one a client cannot forge).
 */
export function clientAddress(req: MedusaRequest): string {
  let address = plain(req.socket.remoteAddress ?? "unknown")
  const forwarded = String(req.headers["x-forwarded-for"] ?? "")
    .split(",")
    .map((part) => plain(part.trim()))
    .filter(Boolean)
  while (isTrusted(address) && forwarded.length) address = forwarded.pop()!
  return address
}
