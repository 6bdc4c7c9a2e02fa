import type { x509 } from './x509-library.js';

/** `certificate` as PEM, ending with a newline as PEM files written by other tools do. */
export function certificateToPem(certificate: x509.X509Certificate): string {
  const pem = certificate.toString('pem');
  return pem.endsWith('\n') ? pem : `${pem}\n`;
}
