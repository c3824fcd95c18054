import { Button, Container, Heading, Input, Select, Text } from "@medusajs/ui"
import { useEffect, useState } from "react"
import type { MoitStatus, OperatorView } from "@ocop/core"
import { Field } from "../field"
import { MOIT_STATUSES } from "../../lib/core"
import { sdk } from "../../lib/sdk"
import { useAction } from "../../lib/use-action"

const MOIT_LABELS: Record<MoitStatus, string> = {
  not_submitted: "Chưa thông báo / đăng ký",
  submitted: "Đã nộp hồ sơ, chờ xác nhận",
  notified: "Đã thông báo (website bán hàng)",
  registered: "Đã đăng ký (sàn giao dịch TMĐT)",
}

type Draft = Omit<OperatorView, "updated_at" | "moit_number" | "moit_url"> & { moit_number: string; moit_url: string }
const EMPTY: Draft = {
  name: "",
  address: "",
  phone: "",
  email: "",
  registration_number: "",
  moit_status: "not_submitted",
  moit_number: "",
  moit_url: "",
}
const TEXT_FIELDS: [keyof Draft, string][] = [
  ["name", "Tên đơn vị vận hành"],
  ["address", "Địa chỉ"],
  ["phone", "Điện thoại"],
  ["email", "E-mail"],
  ["registration_number", "Mã số doanh nghiệp / mã số thuế"],
  ["moit_number", "Số thông báo / đăng ký với Bộ Công Thương"],
  ["moit_url", "Đường dẫn xác nhận của Bộ Công Thương"],
]

/** The operator's details shown in every page's footer; saving expires the storefront's cached pages. */
export const OperatorForm = ({ operator, onSaved }: { operator: OperatorView | null; onSaved: () => void }) => {
  const [draft, setDraft] = useState<Draft>(EMPTY)
  const { busy, run } = useAction()
  useEffect(() => {
    if (operator) setDraft({ ...operator, moit_number: operator.moit_number ?? "", moit_url: operator.moit_url ?? "" })
  }, [operator])
  const save = () =>
    run(async () => {
      await sdk.client.fetch("/admin/policies/operator", { method: "POST", body: draft })
      onSaved()
      return "Đã lưu thông tin đơn vị vận hành"
    })
  return (
    <Container className="flex flex-col gap-y-4 p-6" data-testid="operator-form">
      <Heading level="h2">Đơn vị vận hành (chân trang mọi trang)</Heading>
      <Text size="small" className="text-ui-fg-subtle">
        Theo Nghị định 52/2013/NĐ-CP (sửa đổi bởi Nghị định 85/2021/NĐ-CP): tên, địa chỉ, điện thoại, e-mail, mã số
        doanh nghiệp và tình trạng thông báo / đăng ký với Bộ Công Thương.
      </Text>
      {TEXT_FIELDS.map(([key, label]) => (
        <Field key={key} id={`operator-${key}`} label={label}>
          <Input
            id={`operator-${key}`}
            value={draft[key]}
            onChange={(e) => setDraft({ ...draft, [key]: e.target.value })}
          />
        </Field>
      ))}
      <Field id="operator-moit-status" label="Tình trạng với Bộ Công Thương">
        <Select value={draft.moit_status} onValueChange={(v) => setDraft({ ...draft, moit_status: v as MoitStatus })}>
          <Select.Trigger id="operator-moit-status">
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            {MOIT_STATUSES.map((s) => (
              <Select.Item key={s} value={s}>
                {MOIT_LABELS[s]}
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
      </Field>
      <Button onClick={() => void save()} isLoading={busy} className="self-start">
        Lưu
      </Button>
    </Container>
  )
}
