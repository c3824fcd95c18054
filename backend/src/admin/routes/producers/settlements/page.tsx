import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Button, Container, Heading, Input, Text, toast } from "@medusajs/ui"
import { useState } from "react"
import type { AdminSettlementResponse, AdminSettlementRunResponse, AdminStatementView } from "@ocop/core"
import { StatementsTable } from "../../../components/settlement/statements-table"
import { Empty } from "../../../components/trade/facts"
import { MONTH, monthOf, previousMonth } from "../../../lib/core"
import { download } from "../../../lib/download"
import { money } from "../../../lib/money"
import { sdk } from "../../../lib/sdk"
import { useAction } from "../../../lib/use-action"
import { useGet } from "../../../lib/use-get"

/** What is still to pay in a month: open statements with money owed, as the batch file lists them. */
function dueOf(statements: AdminStatementView[]) {
  const due = statements.filter((s) => s.status === "open" && s.net > 0)
  return {
    count: due.length,
    total: due.reduce((sum, s) => sum + s.net, 0),
    missingAccount: due.filter((s) => !s.payout_account).length,
  }
}

/**
 * A month's settlement with producers (docs/producers.md, "Settlement"): run it (open statements
 * recomputed from the orders, paid ones kept), read each producer's statement, record the transfer
 * that paid one, and download the bank batch file of what is still due. The month defaults to the
 * one before this, the month an official settles.
 */
const SettlementsPage = () => {
  const [month, setMonth] = useState(() => previousMonth(monthOf(new Date())))
  const valid = MONTH.test(month)
  const { data, reload } = useGet<AdminSettlementResponse>(
    valid ? "/admin/producers/settlements" : null,
    "Không tải được bảng kê",
    { month },
  )
  const { busy, run } = useAction()
  const [fetching, setFetching] = useState(false)
  const statements = data?.month === month ? data.statements : undefined
  const due = dueOf(statements ?? [])

  const runMonth = async () => {
    const done = await run(async () => {
      const r = await sdk.client.fetch<AdminSettlementRunResponse>("/admin/producers/settlements", {
        method: "POST",
        body: { month },
      })
      return `Đã tính tháng ${r.month}: ${r.written} bảng kê được cập nhật`
    })
    if (done) reload()
  }
  const batch = async () => {
    setFetching(true)
    try {
      await download(`/admin/producers/settlements/batch?month=${month}`, "text/csv", `payouts-${month}.csv`)
    } catch (e) {
      toast.error(`Không tải được tệp chuyển khoản: ${(e as Error).message}`)
    } finally {
      setFetching(false)
    }
  }

  return (
    <Container className="divide-y p-0">
      <div className="flex flex-wrap items-end gap-3 px-6 py-4">
        <div className="mr-auto">
          <Heading level="h1">Thanh toán nhà sản xuất</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Bảng kê hằng tháng từ các đơn đã giao; bảng kê đã trả được giữ nguyên khi tính lại
          </Text>
        </div>
        <div className="w-40">
          <Input
            size="small"
            type="month"
            aria-label="Tháng"
            value={month}
            onChange={(e) => setMonth(e.target.value)}
          />
        </div>
        <Button size="small" variant="secondary" disabled={!valid || busy} onClick={runMonth}>
          Tính bảng kê tháng
        </Button>
        <Button size="small" variant="secondary" disabled={!valid || fetching} onClick={batch}>
          Tải tệp chuyển khoản
        </Button>
      </div>
      {statements && (
        <Text size="small" className="px-6 py-3" data-testid="settlement-summary">
          {statements.length} bảng kê · còn phải trả {money(due.total)} cho {due.count} nhà sản xuất
          {due.missingAccount > 0 && ` · ${due.missingAccount} nhà sản xuất thiếu tài khoản`}
        </Text>
      )}
      {statements?.length === 0 && (
        <Empty>Tháng này chưa có bảng kê. Bấm “Tính bảng kê tháng” để tính từ các đơn đã giao.</Empty>
      )}
      {!!statements?.length && <StatementsTable statements={statements} onPaid={reload} />}
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Thanh toán" })

export default SettlementsPage
