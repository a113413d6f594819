import type { PlanCatalog } from "../domain/catalog/types";
import type { CliIo } from "./cliIo";

/** Plan ids are slugs ("thanhhoa-sdg-2017"); anything else, a path like "../../package" included, is refused before any file is read. */
const PLAN_ID = /^[a-z0-9][a-z0-9-]*$/u;

export function isPlanId(text: string): boolean {
  return PLAN_ID.test(text);
}

export type PlanRead =
  | { readonly ok: true; readonly catalog: PlanCatalog }
  | { readonly ok: false; readonly reason: "plan_id_invalid" | "plan_not_found" | "plan_unreadable"; readonly planId: string };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Enough of a catalogue's shape that listing, slicing and injecting it cannot trip over a missing part. */
function looksLikeCatalog(value: unknown): value is PlanCatalog {
  if (!isRecord(value) || typeof value.id !== "string" || typeof value.title !== "string") return false;
  if (!["goals", "targets", "tasks", "review"].every((part) => Array.isArray(value[part]))) return false;
  const items = [...(value.targets as unknown[]), ...(value.tasks as unknown[])];
  return items.every((item) => isRecord(item) && Array.isArray(item.lead) && Array.isArray(item.partners));
}

/** Reads <dataDir>/plans/<planId>.json; says why when it cannot. */
export async function readPlanCatalog(io: CliIo, dataDir: string, planId: string): Promise<PlanRead> {
  if (!isPlanId(planId)) return { ok: false, reason: "plan_id_invalid", planId };
  let text: string;
  try {
    text = new TextDecoder("utf-8").decode(await io.readFile(`${dataDir.replace(/[\\/]+$/u, "")}/plans/${planId}.json`));
  } catch {
    return { ok: false, reason: "plan_not_found", planId };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, reason: "plan_unreadable", planId };
  }
  return looksLikeCatalog(value) ? { ok: true, catalog: value } : { ok: false, reason: "plan_unreadable", planId };
}

export function planReadMessage(failure: Extract<PlanRead, { ok: false }>): string {
  const list = "Xem các mã bằng: plan-tracker catalog list";
  switch (failure.reason) {
    case "plan_id_invalid":
      return `Mã kế hoạch "${failure.planId}" không hợp lệ: mã chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang (ví dụ thanhhoa-sdg-2017). ${list}`;
    case "plan_not_found":
      return `Không có kế hoạch "${failure.planId}". ${list}`;
    case "plan_unreadable":
      return `Tệp danh mục của kế hoạch "${failure.planId}" bị hỏng (không phải JSON của một danh mục kế hoạch). Hãy tạo lại bằng: plan-tracker catalog import`;
  }
}
