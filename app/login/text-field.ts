/** A text field of a submitted form: "" when absent (a `File` only comes from file inputs, which these forms have none of). */
export function textField(data: FormData, name: string): string {
  const value = data.get(name);
  return typeof value === "string" ? value : "";
}
