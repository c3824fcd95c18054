import type { HttpTypes } from "@medusajs/types"
import { updateLine } from "@/lib/actions/cart"

type Line = Pick<HttpTypes.StoreCartLineItem, "id" | "quantity" | "title" | "product_title">

/**
 * A cart line's quantity: − and + change it at once, each its own small form (so pressing Enter in
 * the field never counts as a − or +); the field, owned by the "update" form, takes larger changes.
 * Plain forms and server actions: all of it works without JavaScript.
 */
export function QuantityControls({
  line,
  label,
  less,
  more,
  update,
}: {
  line: Line
  label: string
  less: string
  more: string
  update: string
}) {
  const name = line.product_title ?? line.title
  const formId = `update-${line.id}`
  const step = "h-11 w-11 text-xl font-bold disabled:text-stone-300"
  const lineInput = <input type="hidden" name="line_id" value={line.id} />
  return (
    <div className="flex flex-wrap items-center gap-2" data-testid="quantity-controls">
      <label htmlFor={`q-${line.id}`} className="text-sm">
        {label}
      </label>
      <span className="inline-flex items-center rounded border border-stone-300 bg-white">
        <form action={updateLine}>
          {lineInput}
          <button
            type="submit"
            name="change"
            value="-1"
            disabled={line.quantity <= 1}
            aria-label={`${less} – ${name}`}
            className={step}
          >
            −
          </button>
        </form>
        <input
          id={`q-${line.id}`}
          form={formId}
          name="quantity"
          type="number"
          inputMode="numeric"
          min={0}
          max={99}
          defaultValue={line.quantity}
          className="h-11 w-12 border-x border-stone-300 text-center"
        />
        <form action={updateLine}>
          {lineInput}
          <button
            type="submit"
            name="change"
            value="1"
            disabled={line.quantity >= 99}
            aria-label={`${more} – ${name}`}
            className={step}
          >
            +
          </button>
        </form>
      </span>
      <form id={formId} action={updateLine}>
        {lineInput}
        <button type="submit" className="text-sm font-semibold underline">
          {update}
        </button>
      </form>
    </div>
  )
}
