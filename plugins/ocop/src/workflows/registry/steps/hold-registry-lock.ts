import { randomUUID } from "node:crypto"
import os from "node:os"
import { setTimeout as sleep } from "node:timers/promises"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export const REGISTRY_LOCK = "ocop:registry-import"
/**
 * The lock is a lease: it lapses this long after its holder last renewed it, so a run killed
 * mid-import (a CLI run, a worker) blocks the next one for at most this long, not for as long as
 * an import may take. The holder renews it every third of the lease while it lives.
 */
export const REGISTRY_LEASE_SECONDS = leaseSeconds(process.env.OCOP_REGISTRY_LEASE_SECONDS)

/**
 * 30 s unless `OCOP_REGISTRY_LEASE_SECONDS` says otherwise (5–900): a longer lease for a database so
 * slow that a renewal could come late, a shorter one where a dead run should block the next for less.
 */
function leaseSeconds(raw: string | undefined): number {
  const value = Number(raw)
  return raw && Number.isInteger(value) && value >= 5 && value <= 900 ? value : 30
}
/** How long a run waits for the run before it to finish (or for a dead holder's lease to lapse). */
const WAIT_SECONDS = 120
const RETRY_MS = 300

/** Renewal timers of the leases this process holds, by owner. */
const renewals = new Map<string, NodeJS.Timeout>()

function renewWhileAlive(container: MedusaContainer, owner: string) {
  const locking = container.resolve(Modules.LOCKING)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const timer = setInterval(
    () => {
      // Taking a lock again under the same owner only moves its expiry (Redis and in-memory providers).
      locking.acquire(REGISTRY_LOCK, { ownerId: owner, expire: REGISTRY_LEASE_SECONDS }).catch((err: Error) => {
        logger.error(`OCOP registry import: could not renew its lock (${err.message}); another run may start`)
      })
    },
    (REGISTRY_LEASE_SECONDS * 1000) / 3,
  )
  // A pending renewal must not keep a finished CLI process alive.
  timer.unref()
  renewals.set(owner, timer)
}

async function releaseLease(container: MedusaContainer, owner: string) {
  clearInterval(renewals.get(owner))
  renewals.delete(owner)
  await container.resolve(Modules.LOCKING).release(REGISTRY_LOCK, { ownerId: owner })
}

/**
 * Takes the registry import lock under an owner of this run alone. Unlike Medusa's
 * `acquireLockStep`, which does nothing when its workflow runs nested (`runAsStep`, as the feed
 * sync runs the import), this step locks wherever the import runs.
 */
export const acquireRegistryLockStepId = "acquire-registry-lock"
export const acquireRegistryLockStep = createStep(
  acquireRegistryLockStepId,
  async (_input: void, { container }) => {
    const locking = container.resolve(Modules.LOCKING)
    const owner = `${os.hostname()}:${process.pid}:${randomUUID()}`
    const giveUpAt = Date.now() + WAIT_SECONDS * 1000
    for (;;) {
      try {
        await locking.acquire(REGISTRY_LOCK, { ownerId: owner, expire: REGISTRY_LEASE_SECONDS })
        break
      } catch {
        if (Date.now() >= giveUpAt) {
          throw new MedusaError(
            MedusaError.Types.CONFLICT,
            `another registry import has held the lock for over ${WAIT_SECONDS} s; try again later`,
          )
        }
        await sleep(RETRY_MS)
      }
    }
    renewWhileAlive(container, owner)
    return new StepResponse({ owner }, owner)
  },
  async (owner, { container }) => {
    if (owner) await releaseLease(container, owner)
  },
)

/** Gives the lock back and stops renewing it. */
export const releaseRegistryLockStepId = "release-registry-lock"
export const releaseRegistryLockStep = createStep(
  releaseRegistryLockStepId,
  async (input: { owner: string }, { container }) => {
    await releaseLease(container, input.owner)
    return new StepResponse(true)
  },
)
