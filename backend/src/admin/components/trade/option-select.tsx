import { Select } from "@medusajs/ui"

type Props = {
  value: string
  onChange: (value: string) => void
  /** [value, label] pairs, in the order shown. */
  options: [string, string][]
  id?: string
  label?: string
  size?: "base" | "small"
  placeholder?: string
}

/** A select of coded values shown by their Vietnamese labels: list filters and form fields alike. */
export const OptionSelect = ({ value, onChange, options, id, label, size = "base", placeholder }: Props) => (
  <Select size={size} value={value} onValueChange={onChange}>
    <Select.Trigger id={id} aria-label={label}>
      <Select.Value placeholder={placeholder} />
    </Select.Trigger>
    <Select.Content>
      {options.map(([code, text]) => (
        <Select.Item key={code} value={code}>
          {text}
        </Select.Item>
      ))}
    </Select.Content>
  </Select>
)
