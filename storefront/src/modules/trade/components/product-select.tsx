import type { ProductChoice } from "../types"

type Props = {
  id: string
  name: string
  products: ProductChoice[]
  /** Grouped by producer when the list is everyone's products rather than one producer's. */
  grouped: boolean
  placeholder: string
  defaultValue?: string
  className: string
}

/** A product picked from listed products by title; the value sent is the product id. */
export function ProductSelect(props: Props) {
  // `Field` adds the control's aria-invalid and aria-describedby; they pass on to the select.
  const { id, name, products, grouped, placeholder, defaultValue, className, ...aria } = props
  const option = (p: ProductChoice) => (
    <option key={p.id} value={p.id}>
      {p.title}
    </option>
  )
  const producers = [...new Set(products.map((p) => p.producer))].sort((a, b) => a.localeCompare(b, "vi"))
  return (
    // Keyed by its default: React resets the form after its action, and a select takes a changed
    // default only when remounted.
    <select key={defaultValue} id={id} name={name} defaultValue={defaultValue ?? ""} className={className} {...aria}>
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
