/**
 * Passwords from a person or a pipe, never from the command line of a verb that stores one
 * (a flag's value is visible to every user of the machine in the process list).
 */

/**
 * Asks for a password on the terminal without echoing it.
 * @example
 * const password = await askPassword('password for root: ');
 */
export function askPassword(prompt: string): Promise<string> {
  const input = process.stdin;
  return new Promise((resolve, reject) => {
    process.stderr.write(prompt);
    input.setRawMode?.(true);
    input.resume();
    input.setEncoding('utf8');
    let typed = '';
    const finish = (error?: Error) => {
      input.setRawMode?.(false);
      input.pause();
      input.off('data', onData);
      process.stderr.write('\n');
      if (error) reject(error);
      else resolve(typed);
    };
    const onData = (chunk: string) => {
      for (const character of chunk) {
        if (character === '\r' || character === '\n' || character === '\u0004') return finish();
        if (character === '\u0003') return finish(new Error('cancelled'));
        if (character === '\u007f' || character === '\b') typed = typed.slice(0, -1);
        else typed += character;
      }
    };
    input.on('data', onData);
  });
}

/**
 * Reads a password from standard input (`--password-stdin`): its first line, without the line end.
 * @example
 * // echo "$PASSWORD" | flint user add app --role readwrite --password-stdin
 * const password = await readPasswordFromStdin();
 */
export async function readPasswordFromStdin(): Promise<string> {
  let text = '';
  process.stdin.setEncoding('utf8');
  for await (const chunk of process.stdin) text += chunk as string;
  return text.split(/\r?\n/)[0] ?? '';
}
