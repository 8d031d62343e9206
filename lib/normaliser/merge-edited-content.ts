function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** An edit's value only replaces the old one when it says something: edits of media carry
 * `videoUrl: null`, `mimeType: ""`, zero sizes (docs/zapi/EDGE_CASES.md 28) that must not erase what we had. */
function meaningful(value: unknown): boolean {
  return value !== null && value !== undefined && value !== "" && value !== 0 && value !== false;
}

/** The content after an edit: the old object with every meaningful value of the edited one on top. */
export function mergeEditedContent(previous: unknown, edited: Record<string, unknown> | null): Record<string, unknown> | null {
  if (!isRecord(previous)) return edited;
  if (edited === null) return previous;
  const merged: Record<string, unknown> = { ...previous };
  for (const [key, value] of Object.entries(edited)) if (meaningful(value)) merged[key] = value;
  return merged;
}
