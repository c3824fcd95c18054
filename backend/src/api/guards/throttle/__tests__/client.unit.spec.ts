import type { MedusaRequest } from "@medusajs/framework/http"
import { describe, expect, it } from "vitest"
import { accountKey, clientAddress, trustedProxies } from "../client"

const request = (remoteAddress: string, forwarded?: string) =>
  ({
    socket: { remoteAddress },
    headers: forwarded ? { "x-forwarded-for": forwarded } : {},
  }) as unknown as MedusaRequest

describe("throttle keys", () => {
  it("finding 4: reads one account however its e-mail is written", () => {
    expect(accountKey("  Lan.Anh@Example.VN ")).toBe("lan.anh@example.vn")
    // "ễ" composed and decomposed.
    expect(accountKey("nguy\u1ec5n@example.vn")).toBe(accountKey("nguye\u0302\u0303n@example.vn"))
    expect(accountKey("")).toBeNull()
    expect(accountKey(42)).toBeNull()
  })

  it("finding 4: believes X-Forwarded-For only from a trusted proxy (this machine by default)", () => {
    // A client on the Internet cannot choose its own address.
    expect(clientAddress(request("198.51.100.7", "1.2.3.4"))).toBe("198.51.100.7")
    // The storefront or a reverse proxy on this machine passes on the client's.
    expect(clientAddress(request("::ffff:127.0.0.1", "198.51.100.7"))).toBe("198.51.100.7")
    // What the client itself put in front of the proxy's entry is not believed.
    expect(clientAddress(request("127.0.0.1", "1.2.3.4, 198.51.100.7"))).toBe("198.51.100.7")
    expect(clientAddress(request("127.0.0.1"))).toBe("127.0.0.1")
  })

  it("finding 4: reads TRUSTED_PROXIES as addresses and subnets, and refuses what it cannot read", () => {
    const trusted = trustedProxies("10.1.0.0/16, 2001:db8::7")
    expect(trusted.check("10.1.200.3", "ipv4")).toBe(true)
    expect(trusted.check("10.2.0.1", "ipv4")).toBe(false)
    expect(trusted.check("2001:db8::7", "ipv6")).toBe(true)
    expect(trusted.check("127.0.0.1", "ipv4")).toBe(false)
    expect(trustedProxies("none").check("127.0.0.1", "ipv4")).toBe(false)
    expect(() => trustedProxies("proxy.example")).toThrow(/TRUSTED_PROXIES/)
    expect(() => trustedProxies("10.0.0.0/40")).toThrow(/TRUSTED_PROXIES/)
  })
})
