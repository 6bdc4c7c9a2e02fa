/**
 * How a TLS certificate names a FlintKV node: a subject alternative name URI
 * `flint://node/<id>`, written by the cluster CA when it issues the node's certificate and
 * read by a peer from the certificate presented in a mutual-TLS handshake. The id is taken
 * from the URI, not from the common name, because a SAN URI is a typed field that a CA fills
 * on purpose, while a common name is free text.
 */

const NODE_URI_PREFIX = 'flint://node/';

/** A well-formed node URI: the prefix and a positive decimal integer without leading zeros. */
const NODE_URI = /^flint:\/\/node\/([1-9][0-9]*)$/;

/**
 * The SAN URI naming node `nodeId` in its certificate.
 *
 * @throws {RangeError} when `nodeId` is not a positive safe integer.
 * @example
 * nodeCertificateUri(2); // 'flint://node/2'
 */
export function nodeCertificateUri(nodeId: number): string {
  if (!Number.isSafeInteger(nodeId) || nodeId <= 0) {
    throw new RangeError(`node id must be a positive safe integer, got ${nodeId}`);
  }
  return `${NODE_URI_PREFIX}${nodeId}`;
}

/**
 * The node id a certificate's SAN URIs name, or undefined when they name none or cannot be
 * trusted to name one: two different ids, or a `flint://node/` URI that is not well formed
 * (it may have been meant as an id, so the others alone do not settle which node this is).
 * URIs of other schemes are ignored; the same id named twice counts once.
 *
 * @example
 * nodeIdFromCertificateUris(['spiffe://example/x', 'flint://node/3']); // 3
 * nodeIdFromCertificateUris(['flint://node/3', 'flint://node/4']); // undefined
 */
export function nodeIdFromCertificateUris(uris: readonly string[]): number | undefined {
  let found: number | undefined;
  for (const uri of uris) {
    if (!uri.startsWith(NODE_URI_PREFIX)) continue;
    const digits = NODE_URI.exec(uri)?.[1];
    const nodeId = digits === undefined ? Number.NaN : Number(digits);
    if (!Number.isSafeInteger(nodeId)) return undefined;
    if (found !== undefined && found !== nodeId) return undefined;
    found = nodeId;
  }
  return found;
}

/**
 * The URIs in a subject alternative name list as Node's TLS reports it
 * (`PeerCertificate.subjectaltname`): entries `TYPE:value` joined by `", "`, where a value that
 * holds a comma, a quote, a backslash or a control character is written as a JSON string.
 * Such a quoted value is decoded, so a comma inside it never splits an entry. Returns `[]`
 * for `undefined` or an empty string; an entry that cannot be read ends the list, so a
 * malformed string yields the URIs before it and never a made-up one.
 *
 * @example
 * parseSubjectAltNameUris('DNS:localhost, IP Address:127.0.0.1, URI:flint://node/2'); // ['flint://node/2']
 */
export function parseSubjectAltNameUris(subjectaltname: string | undefined): string[] {
  const uris: string[] = [];
  if (subjectaltname === undefined) return uris;
  let position = 0;
  while (position < subjectaltname.length) {
    const colon = subjectaltname.indexOf(':', position);
    if (colon < 0) break;
    const type = subjectaltname.slice(position, colon);
    const value = readValue(subjectaltname, colon + 1);
    if (value === undefined) break;
    if (type === 'URI') uris.push(value.text);
    position = value.end;
    if (position === subjectaltname.length) break;
    if (!subjectaltname.startsWith(', ', position)) break;
    position += 2;
  }
  return uris;
}

/** One entry's value starting at `start`: its text and where the entry ends. */
function readValue(list: string, start: number): { text: string; end: number } | undefined {
  if (list[start] !== '"') {
    const comma = list.indexOf(',', start);
    const end = comma < 0 ? list.length : comma;
    return { text: list.slice(start, end), end };
  }
  let position = start + 1;
  while (position < list.length && list[position] !== '"') {
    // A backslash escapes the next character, a quote included.
    position += list[position] === '\\' ? 2 : 1;
  }
  if (position >= list.length) return undefined;
  const end = position + 1;
  try {
    const text: unknown = JSON.parse(list.slice(start, end));
    return typeof text === 'string' ? { text, end } : undefined;
  } catch {
    return undefined;
  }
}
