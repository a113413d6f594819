export const DEV_ORIGIN: string;
export function normaliseBaseUrl(raw: string): string;
export function manifestForHost(template: string, baseUrl: string): string;
