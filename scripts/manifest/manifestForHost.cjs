// manifest.xml is written for the development server (https://localhost:3000). A deployment builds with
// `npm run build -- --env url=https://host/path/`, and this module points every manifest URL there.
// CommonJS so webpack.config.js can require it, like scripts/devCerts.cjs.

/** The origin every URL of the template manifest starts with. */
const DEV_ORIGIN = "https://localhost:3000";

/**
 * The folder the pane is served from, as the manifest needs it: https, no query or fragment, ending in "/".
 * @param {string} raw
 * @returns {string}
 */
function normaliseBaseUrl(raw) {
  const example = "e.g. https://ke-hoach.example.gov.vn/plan-tracker/";
  let url;
  try {
    url = new URL(String(raw).trim());
  } catch {
    throw new Error(`Add-in URL "${raw}" is not a URL; give the folder dist/ is served from, ${example}`);
  }
  if (url.protocol !== "https:") {
    throw new Error(`Add-in URL "${raw}" must use https: Office loads add-ins only over https (${example}).`);
  }
  if (url.search || url.hash || url.username || url.password) {
    throw new Error(`Add-in URL "${raw}" must be a plain folder address, without ?query, #fragment or credentials (${example}).`);
  }
  const folder = url.pathname.endsWith("/") ? url.pathname : `${url.pathname}/`;
  return `${url.origin}${folder}`;
}

/** URLs go into XML attributes; "&" is the one character a normalised URL may still carry that XML forbids. */
function escapeForXmlAttribute(text) {
  return text.replaceAll("&", "&amp;");
}

/**
 * The manifest for a pane served from `baseUrl`: every page, icon and help link under that folder, and the
 * app domain its origin.
 * @param {string} template manifest.xml as written for https://localhost:3000
 * @param {string} baseUrl
 * @returns {string}
 */
function manifestForHost(template, baseUrl) {
  const base = normaliseBaseUrl(baseUrl);
  if (!template.includes(`${DEV_ORIGIN}/`)) {
    throw new Error(`manifest.xml has no ${DEV_ORIGIN}/ URLs to point at ${base}; keep the template's URLs on ${DEV_ORIGIN}.`);
  }
  return template
    .replaceAll(`${DEV_ORIGIN}/`, escapeForXmlAttribute(base))
    .replaceAll(DEV_ORIGIN, escapeForXmlAttribute(new URL(base).origin));
}

module.exports = { DEV_ORIGIN, normaliseBaseUrl, manifestForHost };
