import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { DetailWidgetProps, HttpTypes } from "@medusajs/framework/types"
import { Badge, Container, Heading, Text } from "@medusajs/ui"
import { useCallback, useEffect, useState } from "react"
import { StatusChange } from "../components/status-change"
import type { CertificateView } from "@ocop/core"
import { STATUS_COLOR, STATUS_LABEL, stars } from "../lib/labels"
import { sdk } from "../lib/sdk"

type ProductWithOcop = HttpTypes.AdminProduct & { certificates?: CertificateView[]; subject?: { name: string } | null }

/** The product's OCOP certificates, its producer, and whether the listing rule puts it on sale. */
const ProductCertificateWidget = ({ data }: DetailWidgetProps<HttpTypes.AdminProduct>) => {
  const [product, setProduct] = useState<ProductWithOcop | null>(null)
  const load = useCallback(async () => {
    const res = await sdk.client.fetch<{ product: ProductWithOcop }>(`/admin/products/${data.id}`, {
      query: { fields: "id,status,*certificates,subject.name" },
    })
    setProduct(res.product)
  }, [data.id])
  useEffect(() => {
    load()
  }, [load])

  const certificates = [...(product?.certificates ?? [])].sort((a, b) => b.decision_date.localeCompare(a.decision_date))
  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">OCOP</Heading>
        <Badge color={product?.status === "published" ? "green" : "grey"}>
          {product?.status === "published" ? "Đang bán" : "Không được bán"}
        </Badge>
      </div>
      {product?.subject && (
        <div className="px-6 py-3">
          <Text size="small" className="text-ui-fg-subtle">
            Chủ thể: {product.subject.name}
          </Text>
        </div>
      )}
      {certificates.length === 0 && (
        <div className="px-6 py-4">
          <Text size="small">Chưa có giấy chứng nhận OCOP: sản phẩm không được bán.</Text>
        </div>
      )}
      {certificates.map((c) => (
        <div key={c.id} className="flex flex-col gap-y-1 px-6 py-4">
          <div className="flex items-center justify-between">
            <Text weight="plus">{c.number}</Text>
            <Badge color={STATUS_COLOR[c.status]}>{STATUS_LABEL[c.status] ?? c.status}</Badge>
          </div>
          <Text size="small" className="text-amber-600">
            {stars(c.stars)} · {c.score} điểm
          </Text>
          <Text size="small" className="text-ui-fg-subtle">
            QĐ {c.decision_number} ngày {c.decision_date} · hiệu lực đến {c.valid_until}
          </Text>
          {c.status_decision_number && (
            <Text size="small" className="text-ui-fg-subtle">
              Theo QĐ {c.status_decision_number}
            </Text>
          )}
          <div className="pt-2">
            <StatusChange certificate={c} onDone={load} />
          </div>
        </div>
      ))}
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "product.details.side.before" })

export default ProductCertificateWidget
