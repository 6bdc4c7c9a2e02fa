/**
 * A value as typed on the command line: the text itself, or with `-` every byte of standard
 * input (binary-safe, so `flint put photo - < photo.jpg` stores the file as it is).
 *
 * @example
 * await readValueArgument('ada'); // 'ada'
 * await readValueArgument('-'); // the bytes piped in
 */
export async function readValueArgument(
  argument: string,
  stdin: AsyncIterable<Uint8Array> = process.stdin,
): Promise<string | Uint8Array> {
  if (argument !== '-') return argument;
  const chunks: Uint8Array[] = [];
  for await (const chunk of stdin) chunks.push(chunk);
  return new Uint8Array(Buffer.concat(chunks));
}
