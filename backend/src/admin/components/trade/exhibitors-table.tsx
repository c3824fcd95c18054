import { Button, Table, Text, toast, usePrompt } from "@medusajs/ui"
import type { OcopSubject } from "../../lib/ocop-subjects"
import { sdk } from "../../lib/sdk"
import type { AdminExhibitorView } from "@ocop/core"

type Props = {
  eventId: string
  rows: AdminExhibitorView[]
  subjects: OcopSubject[] | null
  onEdit: (exhibitor: AdminExhibitorView) => void
  onChanged: () => void
}

/** The event's exhibitors by name, with the products they show; an official edits or removes one. */
export const ExhibitorsTable = ({ eventId, rows, subjects, onEdit, onChanged }: Props) => {
  const prompt = usePrompt()
  const subjectOf = (id: string) => subjects?.find((s) => s.id === id)
  const productTitles = (x: AdminExhibitorView) => {
    const titles = new Map(subjectOf(x.subject_id)?.products.map((p) => [p.id, p.title]))
    return x.product_ids.map((id) => titles.get(id) ?? id).join(", ") || "—"
  }
  const remove = async (x: AdminExhibitorView) => {
    const name = subjectOf(x.subject_id)?.name ?? x.subject_id
    const confirmed = await prompt({
      title: "Bỏ đơn vị trưng bày?",
      description: `${name} sẽ không còn trong danh sách trưng bày của sự kiện.`,
      confirmText: "Bỏ khỏi sự kiện",
      cancelText: "Không",
    })
    if (!confirmed) return
    try {
      await sdk.client.fetch(`/admin/trade/events/${eventId}/exhibitors/${x.id}`, { method: "DELETE" })
      toast.success(`Đã bỏ ${name} khỏi sự kiện`)
      onChanged()
    } catch (e) {
      toast.error((e as Error).message)
    }
  }

  if (!rows.length) return <Text size="small">Chưa có đơn vị trưng bày nào.</Text>
  return (
    <Table>
      <Table.Header>
        <Table.Row>
          <Table.HeaderCell>Chủ thể OCOP</Table.HeaderCell>
          <Table.HeaderCell>Gian hàng</Table.HeaderCell>
          <Table.HeaderCell>Sản phẩm trưng bày</Table.HeaderCell>
          <Table.HeaderCell />
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {rows.map((x) => (
          <Table.Row key={x.id}>
            <Table.Cell className="whitespace-normal">{subjectOf(x.subject_id)?.name ?? x.subject_id}</Table.Cell>
            <Table.Cell>{x.booth || "—"}</Table.Cell>
            <Table.Cell className="whitespace-normal">{productTitles(x)}</Table.Cell>
            <Table.Cell className="text-right">
              <div className="flex justify-end gap-x-1">
                <Button size="small" variant="transparent" onClick={() => onEdit(x)}>
                  Sửa
                </Button>
                <Button size="small" variant="transparent" onClick={() => remove(x)}>
                  Xoá
                </Button>
              </div>
            </Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  )
}
