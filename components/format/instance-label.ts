import type { TInstanceDto } from "@/lib/schemas/dto";
import { formatPhone } from "./format-phone";
import { shortId } from "./short-id";

/** How an instance is referred to in feeds: its name, else its number, else the ends of its id. */
export function instanceLabel(instance: TInstanceDto | undefined, id: string | null): string | null {
  if (!id) return null;
  return instance?.name ?? formatPhone(instance?.phone) ?? shortId(id);
}
