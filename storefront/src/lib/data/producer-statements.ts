import "server-only"
import type {
  PayoutAccountResponse,
  PayoutAccountView,
  ProducerRole,
  ProducerStatementResponse,
  ProducerStatementsResponse,
  StatementView,
} from "@ocop/core"
import { getWorkspace } from "./producer"
import type { ProducerAccess } from "./producer-access"
import { storeCall, storeError } from "./session"

/** What the signed-in account finds on a statements page: the producer's data, a suspension's reason, or nothing. */
export type StatementsAccess<T> = ProducerAccess<T>

/**
 * The producer's statements, newest month first, and where it is paid (never cached). The
 * workspace is read first: it says whether the account may save the payout account, and a
 * suspension or no producer at all is the page's own state rather than an error.
 */
export async function getProducerStatements(): Promise<
  StatementsAccess<{ role: ProducerRole; statements: StatementView[]; payout: PayoutAccountView | null }>
> {
  const workspace = await getWorkspace()
  if (workspace.kind !== "member") return workspace
  const [list, account] = await Promise.all([
    storeCall<ProducerStatementsResponse>("/store/producer/statements"),
    storeCall<PayoutAccountResponse>("/store/producer/payout-account"),
  ])
  return {
    kind: "member",
    role: workspace.workspace.role,
    statements: list.statements,
    payout: account.payout_account,
  }
}

/** One statement and the delivered lines it counts; null when it is not this producer's (the API's 404). */
export async function getProducerStatement(
  id: string,
): Promise<StatementsAccess<{ data: ProducerStatementResponse | null }>> {
  const workspace = await getWorkspace()
  if (workspace.kind !== "member") return workspace
  try {
    return {
      kind: "member",
      data: await storeCall<ProducerStatementResponse>(`/store/producer/statements/${encodeURIComponent(id)}`),
    }
  } catch (e) {
    if (storeError(e).status === 404) return { kind: "member", data: null }
    throw e
  }
}
