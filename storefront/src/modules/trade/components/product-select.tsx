import type { ProductChoice } from "../types"

type Props = {
  id: string
  name: string
  products: ProductChoice[]
  /** Grouped by producer when the list is everyone's products rather than one producer's. */
  grouped: boolean
  placeholder: string
  defaultValue?: string
  required?: boolean
  describedBy?: string
  className: string
}

/** A product picked from listed products by title; the value sent is the product id. */
export function ProductSelect(props: Props) {
  const { id, name, products, grouped, placeholder, defaultValue, required, describedBy, className } = props
  const option = (p: ProductChoice) => (
    <option key={p.id} value={p.id}>
      {p.title}
    </option>
  )
  const producers = [...new Set(products.map((p) => p.producer))].sort((a, b) => a.localeCompare(b, "vi"))
  return (
    <select
      id={id}
      name={name}
      defaultValue={defaultValue ?? ""}
      required={required}
      aria-describedby={describedBy}
      className={className}
    >
      <option value="">{placeholder}</option>
      {grouped
        ? producers.map((producer) => (
            <optgroup key={producer} label={producer}>
              {products.filter((p) => p.producer === producer).map(option)}
            </optgroup>
          ))
        : products.map(option)}
    </select>
  )
}
