import type { GroupChoice } from "../types"

type Props = {
  id: string
  name: string
  groups: GroupChoice[]
  placeholder: string
  defaultValue?: string
  className: string
}

/** An OCOP product group chosen by its name, under its sector; the value sent is the group's code. */
export function GroupSelect({ id, name, groups, placeholder, defaultValue, className, ...aria }: Props) {
  // `Field` adds the control's aria-invalid and aria-describedby; they pass on to the select.
  const sectors = groups.filter((g) => !g.code.includes("."))
  const within = (sector: string) => groups.filter((g) => g.code.startsWith(`${sector}.`))
  return (
    // Keyed by its default: React resets the form after its action, and a select takes a changed
    // default only when remounted.
    <select key={defaultValue} id={id} name={name} defaultValue={defaultValue ?? ""} className={className} {...aria}>
      <option value="">{placeholder}</option>
      {sectors.map((sector) => (
        <optgroup key={sector.code} label={sector.name}>
          {within(sector.code).map((g) => (
            <option key={g.code} value={g.code}>
              {g.name}
            </option>
          ))}
        </optgroup>
      ))}
    </select>
  )
}
