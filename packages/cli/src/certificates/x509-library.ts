// The library resolves its algorithms through tsyringe, which needs the Reflect metadata API
// when it loads; ES modules are evaluated in import order, so the polyfill comes first.
import 'reflect-metadata';
import { webcrypto } from 'node:crypto';
import * as x509 from '@peculiar/x509';

// Node's own Web Crypto signs and generates keys, so no other crypto implementation is loaded.
x509.cryptoProvider.set(webcrypto);

/**
 * The X.509 library, ready to use: every module of this folder that builds or reads a
 * certificate with it imports it from here, never from the package itself, so the polyfill
 * and the crypto provider are always in place first.
 */
export { x509 };
