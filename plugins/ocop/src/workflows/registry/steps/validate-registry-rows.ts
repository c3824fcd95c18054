import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { checkRow, type NumberedRow, type RowProblem } from "../../../registry/row"
import { frameworksOf } from "../../../listing/frameworks"

export type { NumberedRow }

/** Splits incoming rows into valid ones and problems (row, field, reason); writes nothing. */
export const validateRegistryRowsStepId = "validate-registry-rows"
export const validateRegistryRowsStep = createStep(
  validateRegistryRowsStepId,
  async (input: { rows: unknown[]; first_row?: number }, { container }) => {
    const frameworks = await frameworksOf(container)
    const first = input.first_row ?? 1
    const valid: NumberedRow[] = []
    const problems: RowProblem[] = []
    const seen = new Map<string, number>()
    input.rows.forEach((raw, i) => {
      const row = first + i
      const checked = checkRow(raw, row, frameworks)
      if (!checked.ok) return problems.push(...checked.problems)
      const dup = seen.get(checked.value.certificate_number)
      if (dup !== undefined) {
        return problems.push({ row, field: "certificate_number", reason: `duplicate of row ${dup}` })
      }
      seen.set(checked.value.certificate_number, row)
      valid.push({ ...checked.value, row })
    })
    // Taken here, after the import lock is held, so a run's time window shows serialisation.
    return new StepResponse({ valid, problems, started_at: new Date() })
  },
)
