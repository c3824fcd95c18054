import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { DataSubject } from "../../../personal-data/source"
import { personalDataSources } from "../../../personal-data/sources"

/**
 * Each source erases or anonymises what it holds, in order, the account last. Nothing to
 * compensate: an erasure is not undone. Each source is idempotent, so a run that stops half-way
 * (its request still "running") is finished by running it again.
 */
export const eraseFromSourcesStep = createStep(
  "erase-personal-data-sources",
  async (subject: DataSubject, { container }) => {
    for (const source of personalDataSources) await source.erase(container, subject)
    return new StepResponse(personalDataSources.map((s) => s.key))
  },
)
