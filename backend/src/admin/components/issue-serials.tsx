import { Button, Input } from "@medusajs/ui"
import { useState } from "react"
import { MAX_SERIALS } from "../lib/api"
import { count as formatCount } from "../lib/labels"
import { sdk } from "../lib/sdk"
import { useAction } from "../lib/use-action"

type Props = { lotId: string; onDone: () => void }

/** Issues more unit serials for a lot, e.g. before printing another roll of labels. */
export const IssueSerials = ({ lotId, onDone }: Props) => {
  const [count, setCount] = useState("")
  const { busy, run } = useAction()
  const n = Number(count)
  const valid = Number.isInteger(n) && n >= 1 && n <= MAX_SERIALS

  const submit = async () => {
    const done = await run(async () => {
      const res = await sdk.client.fetch<{ serials: string[] }>(`/admin/traceability/lots/${lotId}/serials`, {
        method: "POST",
        body: { count: n },
      })
      return `Đã cấp ${formatCount(res.serials.length)} serial`
    })
    if (!done) return
    setCount("")
    onDone()
  }

  return (
    <div className="flex items-center gap-x-2">
      <div className="w-32">
        <Input
          size="small"
          type="number"
          min={1}
          max={MAX_SERIALS}
          step={1}
          placeholder="Số lượng"
          aria-label="Số serial cần cấp"
          value={count}
          onChange={(e) => setCount(e.target.value)}
        />
      </div>
      <Button size="small" variant="secondary" onClick={submit} isLoading={busy} disabled={!valid}>
        Cấp thêm serial
      </Button>
    </div>
  )
}
