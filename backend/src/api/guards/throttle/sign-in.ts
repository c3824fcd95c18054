import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { take, takeSignIn, tooManyAttempts } from "./attempts"
import { accountKey, clientAddress } from "./client"
import { authLimiters } from "./limiters"

type Credentials = { email?: unknown } | undefined

/**
 * Throttles `POST /auth/{actor}/emailpass`. Each attempt is counted before it runs, so a burst of
 * parallel guesses cannot slip past the limit; a success then takes its attempt back and clears the
 * account's count. While blocked, the right password is refused too: it cannot be told apart.
 */
export async function throttleSignIn(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const limiters = authLimiters()
  const account = accountKey((req.body as Credentials)?.email)
  const address = clientAddress(req)
  const waits = await Promise.all([account ? takeSignIn(limiters, account) : 0, take(limiters.signInAddress, address)])
  const wait = Math.max(...waits)
  if (wait > 0) return tooManyAttempts(res, wait)
  res.on("finish", () => {
    if (res.statusCode >= 300) return
    void limiters.signInAddress.reward(address, 1)
    if (account) void Promise.all([limiters.signInAccount.delete(account), limiters.signInBlocks.delete(account)])
  })
  next()
}
