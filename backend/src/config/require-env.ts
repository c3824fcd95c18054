/** Reads a required setting; the message says which variable to set. */
export function requireEnv(name: string): string {
  const value = process.env[name]
  if (!value) {
    throw new Error(`${name} is not set. Set it in the environment (npm start generates local values under .data/).`)
  }
  return value
}
