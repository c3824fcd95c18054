import { Button, Container, Heading, Input, Select, Text, Textarea } from "@medusajs/ui"
import { useState } from "react"
import type { PolicyKind } from "@ocop/core"
import { Field } from "../field"
import { POLICY_KINDS } from "../../lib/core"
import { sdk } from "../../lib/sdk"
import { useAction } from "../../lib/use-action"

export const KIND_LABELS: Record<PolicyKind, string> = {
  operating_rules: "Quy chế hoạt động",
  terms: "Điều khoản bán hàng",
  privacy: "Chính sách bảo vệ dữ liệu cá nhân",
  delivery_payment: "Giao hàng và thanh toán",
  returns: "Đổi trả và khiếu nại",
}

const today = () => new Date().toISOString().slice(0, 10)
const fresh = (kind: PolicyKind) => ({
  kind,
  version: "",
  title_vi: "",
  title_en: "",
  body_vi: "",
  body_en: "",
  effective_at: today(),
})

/**
 * Publishes a new version of one policy (the earlier ones stay readable). Customers who agreed to
 * an earlier version of the privacy policy or terms are asked again at their next sign-in.
 */
export const PublishForm = ({ onPublished }: { onPublished: () => void }) => {
  const [draft, setDraft] = useState(fresh("terms"))
  const { busy, run } = useAction()
  const set = (key: keyof typeof draft) => (e: { target: { value: string } }) =>
    setDraft({ ...draft, [key]: e.target.value })
  const publish = () =>
    run(async () => {
      // A day in Vietnam starts at midnight there.
      await sdk.client.fetch("/admin/policies/versions", {
        method: "POST",
        body: { ...draft, effective_at: `${draft.effective_at}T00:00:00+07:00` },
      })
      setDraft(fresh(draft.kind))
      onPublished()
      return "Đã công bố phiên bản mới"
    })
  return (
    <Container className="flex flex-col gap-y-4 p-6" data-testid="publish-form">
      <Heading level="h2">Công bố phiên bản mới</Heading>
      <Text size="small" className="text-ui-fg-subtle">
        Văn bản thuần: dòng bắt đầu bằng “# ” là tiêu đề, “- ” là một mục danh sách, dòng trống ngăn các đoạn. Phiên bản
        đã công bố không sửa được; muốn sửa, công bố phiên bản mới.
      </Text>
      <Field id="policy-kind" label="Loại văn bản">
        <Select value={draft.kind} onValueChange={(v) => setDraft({ ...draft, kind: v as PolicyKind })}>
          <Select.Trigger id="policy-kind">
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            {POLICY_KINDS.map((k) => (
              <Select.Item key={k} value={k}>
                {KIND_LABELS[k]}
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
      </Field>
      <Field id="policy-version" label="Phiên bản (ví dụ 2.0)">
        <Input id="policy-version" value={draft.version} onChange={set("version")} />
      </Field>
      <Field id="policy-effective" label="Ngày hiệu lực">
        <Input id="policy-effective" type="date" value={draft.effective_at} onChange={set("effective_at")} />
      </Field>
      <Field id="policy-title-vi" label="Tiêu đề (tiếng Việt)">
        <Input id="policy-title-vi" value={draft.title_vi} onChange={set("title_vi")} />
      </Field>
      <Field id="policy-body-vi" label="Nội dung (tiếng Việt)">
        <Textarea id="policy-body-vi" rows={10} value={draft.body_vi} onChange={set("body_vi")} />
      </Field>
      <Field id="policy-title-en" label="Tiêu đề (tiếng Anh)">
        <Input id="policy-title-en" value={draft.title_en} onChange={set("title_en")} />
      </Field>
      <Field id="policy-body-en" label="Nội dung (tiếng Anh)">
        <Textarea id="policy-body-en" rows={10} value={draft.body_en} onChange={set("body_en")} />
      </Field>
      <Button onClick={() => void publish()} isLoading={busy} className="self-start">
        Công bố
      </Button>
    </Container>
  )
}
