import AxeBuilder from "@axe-core/playwright"
import { expect, type Page } from "@playwright/test"

/**
 * What axe-core finds blocking on the page as it is: WCAG 2.1 A/AA violations of serious or critical
 * impact, and any content outside a landmark (axe's moderate "region" rule, asked for by name).
 */
export async function blockingViolations(page: Page) {
  // One run: the WCAG tags, with the region rule switched on beside them (axe's `rules` option adds
  // a rule to a tag selection), where two runs cost a second pass over the page.
  const { violations } = await new AxeBuilder({ page })
    .options({
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
      rules: { region: { enabled: true } },
    })
    .analyze()
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical" || v.id === "region")
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)
}

/** The page as it is has nothing blocking (see blockingViolations). */
export async function expectAccessible(page: Page) {
  expect(await blockingViolations(page)).toEqual([])
}
