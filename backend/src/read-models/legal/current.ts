import type { MedusaContainer } from "@medusajs/framework/types"
import { currentVersion, POLICY_KINDS, type OperatorView, type PolicyKind, type PolicyVersionSummary } from "@ocop/core"
import { POLICY_MODULE } from "../../modules/policy/name"
import type PolicyModuleService from "../../modules/policy/service"
import { operatorView, versionSummary, type OperatorRow, type VersionRow } from "./views"

type Container = Pick<MedusaContainer, "resolve">
const SUMMARY = ["id", "kind", "version", "title_vi", "title_en", "effective_at", "published_at"]

const service = (container: Container) => container.resolve<PolicyModuleService>(POLICY_MODULE)

/**
 * The version in force of each policy kind, or null for a kind with none published yet. Every
 * surface that names "the terms that apply" asks this one function: the consent checks, the
 * storefront's footer, and the order confirmation e-mail.
 */
export async function currentPolicyVersions(
  container: Container,
  now: Date = new Date(),
): Promise<Record<PolicyKind, PolicyVersionSummary | null>> {
  const rows = (await service(container).listPolicyVersions(
    { effective_at: { $lte: now } },
    { select: SUMMARY },
  )) as unknown as VersionRow[]
  const byKind = {} as Record<PolicyKind, PolicyVersionSummary | null>
  for (const kind of POLICY_KINDS) {
    const current = currentVersion(
      rows.filter((r) => r.kind === kind),
      now,
    )
    byKind[kind] = current ? versionSummary(current) : null
  }
  return byKind
}

/** The operator's details, or null before an official has filled them in. */
export async function readOperator(container: Container): Promise<OperatorView | null> {
  const [row] = await service(container).listPolicyOperators({}, { take: 1, order: { created_at: "ASC" } })
  return row ? operatorView(row as unknown as OperatorRow) : null
}

/** Every version of a kind, newest effective first, with its texts or without. */
export async function versionsOf(container: Container, kind: PolicyKind): Promise<VersionRow[]> {
  return (await service(container).listPolicyVersions(
    { kind },
    { order: { effective_at: "DESC", published_at: "DESC" } },
  )) as unknown as VersionRow[]
}
