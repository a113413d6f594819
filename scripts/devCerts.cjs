// A self-signed certificate for https://localhost, made without sudo and without touching the system
// trust store (office-addin-dev-certs would call sudo on Linux). Excel needs https; trust the .crt once
// (README, "Sideloading") for Excel to load the pane from this machine.
const { existsSync, mkdirSync, readFileSync, writeFileSync } = require("node:fs");
const path = require("node:path");

/** @returns {Promise<{key: string, cert: string, certFile: string}>} */
async function ensureDevCertificate(dir = path.join(__dirname, "..", ".certs")) {
  const keyFile = path.join(dir, "localhost.key");
  const certFile = path.join(dir, "localhost.crt");
  if (existsSync(keyFile) && existsSync(certFile)) {
    return { key: readFileSync(keyFile, "utf8"), cert: readFileSync(certFile, "utf8"), certFile };
  }
  const selfsigned = require("selfsigned");
  const notAfter = new Date();
  notAfter.setFullYear(notAfter.getFullYear() + 1);
  const pems = await selfsigned.generate([{ name: "commonName", value: "localhost" }], {
    keySize: 2048,
    algorithm: "sha256",
    notAfterDate: notAfter,
    extensions: [
      { name: "basicConstraints", cA: false },
      { name: "keyUsage", digitalSignature: true, keyEncipherment: true },
      { name: "extKeyUsage", serverAuth: true },
      {
        name: "subjectAltName",
        altNames: [
          { type: 2, value: "localhost" },
          { type: 7, ip: "127.0.0.1" },
        ],
      },
    ],
  });
  mkdirSync(dir, { recursive: true });
  writeFileSync(keyFile, pems.private, { mode: 0o600 });
  writeFileSync(certFile, pems.cert);
  return { key: pems.private, cert: pems.cert, certFile };
}

module.exports = { ensureDevCertificate };
