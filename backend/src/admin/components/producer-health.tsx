import { Badge, Text } from "@medusajs/ui"
import type { AdminProducerHealth, HealthConcern } from "@ocop/core"

const decimal = new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 1 })
const percent = new Intl.NumberFormat("vi-VN", { style: "percent", maximumFractionDigits: 1 })

/** Hours to ship as an official says them: hours up to two days, days beyond. */
const shipTime = (hours: number) =>
  hours <= 48 ? `${decimal.format(hours)} giờ` : `${decimal.format(hours / 24)} ngày`

type Props = { health: AdminProducerHealth }
const flagged = (health: AdminProducerHealth, concern: HealthConcern) => health.concerns.includes(concern)

/** Gaps in the catalogue as badges: products without English or photos, variants the warehouse cannot ship. */
export const CatalogueHealthCell = ({ health }: Props) => {
  const c = health.catalogue
  const gaps: [HealthConcern, string][] = [
    ["missing_english", `Thiếu tiếng Anh: ${c.missing_english}`],
    ["missing_photos", `Thiếu ảnh: ${c.missing_photos}`],
    ["out_of_stock", `Hết hàng: ${c.out_of_stock}/${c.variants} phân loại`],
  ]
  const shown = gaps.filter(([concern]) => flagged(health, concern))
  return (
    <div className="flex flex-col items-start gap-1" data-testid="producer-catalogue-health">
      <Text size="xsmall" className="text-ui-fg-subtle">
        {c.products} sản phẩm · {c.variants} phân loại
      </Text>
      {c.products > 0 && !shown.length && (
        <Badge size="2xsmall" color="green">
          Đủ nội dung, còn hàng
        </Badge>
      )}
      {shown.map(([concern, label]) => (
        <Badge key={concern} size="2xsmall" color="orange">
          {label}
        </Badge>
      ))}
    </div>
  )
}

/** The last 90 days: parts, the median time to ship, the share of lines cancelled. */
export const OrderHealthCell = ({ health }: Props) => {
  const o = health.orders
  if (!o.parts)
    return (
      <Text size="xsmall" className="text-ui-fg-subtle" data-testid="producer-order-health">
        Chưa có đơn
      </Text>
    )
  return (
    <div className="flex flex-col items-start gap-1" data-testid="producer-order-health">
      <Text size="xsmall">
        {o.parts} đơn · {o.shipped} đã gửi
      </Text>
      <Badge size="2xsmall" color={flagged(health, "slow_shipping") ? "red" : "grey"}>
        Gửi hàng (trung vị): {o.median_ship_hours === null ? "—" : shipTime(o.median_ship_hours)}
      </Badge>
      <Badge size="2xsmall" color={flagged(health, "many_cancellations") ? "red" : "grey"}>
        Hủy: {o.cancellation_rate === null ? "—" : percent.format(o.cancellation_rate)} ({o.canceled_lines}/{o.lines}{" "}
        dòng)
      </Badge>
    </div>
  )
}
