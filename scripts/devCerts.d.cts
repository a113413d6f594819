export function ensureDevCertificate(dir?: string): Promise<{ key: string; cert: string; certFile: string }>;
