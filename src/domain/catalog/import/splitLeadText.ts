import type { AgencyResolver, SplitName } from "./agencyResolver";
import { trimEnd } from "../../text/trimEdges";

/**
 * The names in a "Chủ trì" or "Phối hợp" cell, each with its scope. Usually one lead; sometimes
 * several ("Sở Kế hoạch và Đầu tư; các sở, ban ngành cấp tỉnh; …", 004), or split by scope
 * (000 L378: "Sở Giáo dục và Đào tạo chủ trì thực hiện nhiệm vụ giáo dục đại học; Sở Lao động
 * - … chủ trì thực hiện nhiệm vụ giáo dục nghề nghiệp").
 */
export function splitLeadText(text: string, resolver: AgencyResolver): readonly SplitName[] {
  const cleaned = trimEnd(text, /[\s\-–]/u).trim();
  return cleaned === "" ? [] : resolver.split(cleaned).filter((name) => name.name !== "");
}
