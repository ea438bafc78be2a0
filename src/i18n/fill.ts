/** Fill `{name}` placeholders of a UI string template with `values`; unknown placeholders become empty. Dictionary-free, so browser code can use it. */
export function fill(template: string, values: Record<string, string | number | boolean>): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => (k in values ? String(values[k]) : ''));
}
