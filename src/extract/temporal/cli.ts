/**
 * `npm run -s timex`: JSON Lines in ({"id", "text", "dct"}), JSON Lines out ({"id", "timexes": [...]}) with
 * UTF-16 offsets into `text`. The only file of the tagger that touches Node.
 *
 * @example echo '{"id":"a","text":"He left on Friday.","dct":"2022-01-15"}' | npm run -s timex
 */
import { createInterface } from 'node:readline';
import { stdin, stdout, stderr, exit } from 'node:process';
import { tagTimexes } from './index.ts';

interface Input { id: string; text: string; dct: string }

async function main(): Promise<void> {
  const lines = createInterface({ input: stdin, crlfDelay: Infinity });
  let n = 0;
  for await (const line of lines) {
    n++;
    if (!line.trim()) continue;
    let doc: Input;
    try {
      doc = JSON.parse(line) as Input;
    } catch (e) {
      stderr.write(`line ${n}: not JSON (${(e as Error).message})\n`);
      exit(1);
    }
    let timexes: { start: number; end: number; text: string; type: string; value: string }[] = [];
    if (typeof doc.text !== 'string' || !/^\d{4}-\d{2}-\d{2}/.test(String(doc.dct))) {
      stderr.write(`line ${n} (${doc.id}): needs "text" and "dct": "YYYY-MM-DD"; no timexes\n`);
    } else {
      timexes = tagTimexes(doc.text, doc.dct).map(({ start, end, text, type, value }) => ({ start, end, text, type, value }));
    }
    stdout.write(JSON.stringify({ id: doc.id, timexes }) + '\n');
  }
}

main().catch((e: unknown) => {
  stderr.write(`timex: ${(e as Error).stack ?? String(e)}\n`);
  exit(1);
});
