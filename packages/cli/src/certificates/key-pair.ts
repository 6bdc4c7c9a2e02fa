import { createPrivateKey, KeyObject, webcrypto } from 'node:crypto';
import { CertificateError } from './certificate-error.js';

/** Every key this folder makes: ECDSA on P-256, small and supported by every TLS stack. */
const KEY_ALGORITHM = { name: 'ECDSA', namedCurve: 'P-256' } as const;

/** How every certificate is signed: ECDSA with SHA-256. */
export const SIGNING_ALGORITHM = { name: 'ECDSA', hash: 'SHA-256' } as const;

/** OpenSSL's name of P-256, as `KeyObject.asymmetricKeyDetails` reports it. */
const P256_OPENSSL_NAME = 'prime256v1';

/** A new ECDSA P-256 key pair; the private key is extractable so that it can be written out. */
export async function generateKeyPair(): Promise<webcrypto.CryptoKeyPair> {
  return webcrypto.subtle.generateKey(KEY_ALGORITHM, true, ['sign', 'verify']);
}

/** `privateKey` as PKCS#8 PEM (`-----BEGIN PRIVATE KEY-----`), the form Node's `tls` reads. */
export function privateKeyToPem(privateKey: webcrypto.CryptoKey): string {
  return KeyObject.from(privateKey).export({ type: 'pkcs8', format: 'pem' }).toString();
}

/**
 * Reads a PEM private key to sign with.
 *
 * @throws {CertificateError} `FLINT_CERTS_INVALID_ARGUMENT` when the PEM is not a private key,
 *   or not an ECDSA P-256 one.
 */
export async function importSigningKey(privateKeyPem: string): Promise<webcrypto.CryptoKey> {
  let key: KeyObject;
  try {
    key = createPrivateKey(privateKeyPem);
  } catch (error) {
    throw new CertificateError('FLINT_CERTS_INVALID_ARGUMENT', 'the CA private key is not a PEM private key', {
      cause: error,
    });
  }
  if (key.asymmetricKeyType !== 'ec' || key.asymmetricKeyDetails?.namedCurve !== P256_OPENSSL_NAME) {
    throw new CertificateError('FLINT_CERTS_INVALID_ARGUMENT', 'the CA private key is not an ECDSA P-256 key');
  }
  const pkcs8 = key.export({ type: 'pkcs8', format: 'der' });
  return webcrypto.subtle.importKey('pkcs8', pkcs8, KEY_ALGORITHM, false, ['sign']);
}
