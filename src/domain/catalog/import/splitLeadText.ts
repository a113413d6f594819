import type { AgencyResolver } from "./agencyResolver";

/**
 * The names in a "Chủ trì" cell. Usually one agency; sometimes several ("Sở Kế hoạch và Đầu
 * tư; các sở, ban ngành cấp tỉnh; …", 004), or split by scope (000 L378: "Sở Giáo dục và Đào
 * tạo chủ trì thực hiện nhiệm vụ giáo dục đại học; Sở Lao động - … chủ trì thực hiện nhiệm vụ
 * giáo dục nghề nghiệp").
 */
export interface ScopedName {
  readonly name: string;
  readonly scope: string | null;
}

const SCOPED = /^(.+?)\s+chủ trì(?:\s+thực hiện)?\s+(?:nhiệm vụ\s+|mục tiêu\s+)?(.+)$/iu;

export function trimAgencyText(text: string): string {
  return text
    .replace(/^[\s\-–+•*:]+/u, "")
    .replace(/[\s\-–.;,:]+$/u, "")
    .replace(/\s+chủ trì$/iu, "")
    .trim();
}

/** Splits off a scope in brackets: "Sở Giáo dục và Đào tạo (giáo dục nghề nghiệp)". */
export function splitScope(name: string): ScopedName {
  const match = /^(.+?)\s*\(([^()]+)\)$/u.exec(name.trim());
  return match ? { name: match[1]!.trim(), scope: match[2]!.trim() } : { name: name.trim(), scope: null };
}

export function splitLeadText(text: string, resolver: AgencyResolver): readonly ScopedName[] {
  const cleaned = trimAgencyText(text);
  if (cleaned === "") return [];
  const parts = cleaned.split(/\s*;\s*/u).filter((part) => part !== "");
  if (parts.length > 1 && parts.every((part) => SCOPED.test(part))) {
    return parts.map((part) => {
      const match = SCOPED.exec(part)!;
      return { name: trimAgencyText(match[1]!), scope: trimAgencyText(match[2]!) };
    });
  }
  return resolver
    .split(cleaned)
    .map((name) => splitScope(trimAgencyText(name)))
    .filter((name) => name.name !== "");
}

export function splitPartnerText(text: string, resolver: AgencyResolver): readonly ScopedName[] {
  const cleaned = trimAgencyText(text);
  if (cleaned === "") return [];
  return resolver
    .split(cleaned)
    .map((name) => splitScope(trimAgencyText(name)))
    .filter((name) => name.name !== "");
}
