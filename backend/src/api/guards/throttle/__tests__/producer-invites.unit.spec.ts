import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { describe, expect, it, vi } from "vitest"
import { throttleProducerInvites } from "../counted-attempts"
import { AUTH_LIMITS, throttleScale } from "../limits"

const PER_DAY = AUTH_LIMITS.inviteAccount.points * throttleScale(process.env.AUTH_THROTTLE_SCALE)

/** One invitation request from an owner's account, on a connection from `address`. */
async function invite(actor: string, address: string) {
  const req = { auth_context: { actor_id: actor }, socket: { remoteAddress: address }, headers: {} }
  const res = { status: vi.fn().mockReturnThis(), json: vi.fn().mockReturnThis(), setHeader: vi.fn() }
  const next = vi.fn()
  await throttleProducerInvites(req as unknown as MedusaRequest, res as unknown as MedusaResponse, next)
  return { passed: next.mock.calls.length === 1, status: res.status.mock.calls[0]?.[0] as number | undefined }
}

describe("producer staff invitations", () => {
  it("let an owner send 20 a day (each an e-mail to an address it types), then answer 429, while another owner still may", async () => {
    for (let i = 0; i < PER_DAY; i++)
      expect((await invite("cus_owner_a", `198.51.${Math.floor(i / 250)}.${(i % 250) + 1}`)).passed).toBe(true)
    expect(await invite("cus_owner_a", "198.51.100.99")).toEqual({ passed: false, status: 429 })
    expect((await invite("cus_owner_b", "198.51.100.99")).passed).toBe(true)
  })
})
