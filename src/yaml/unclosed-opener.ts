/** An opening bracket or quote with no closing partner before an error. */
export interface Opener {
  offset: number;
  char: '{' | '[' | '"' | "'";
}

/** Characters after which a value (and so a flow collection or a quoted string) may start. */
const VALUE_START = /[:,[{-]/;

/**
 * The innermost `{`, `[` or quote opened before `offset` and not closed by it: what a parser error such as "flow map
 * must end with a }" or "missing closing quote" is really about. A light scan (comments skipped, brackets counted only
 * where a value may start or inside a flow collection), enough to point at the line a person must fix.
 */
export function unclosedOpener(text: string, offset: number): Opener | undefined {
  const stack: Opener[] = [];
  let quote: Opener | undefined;
  let lastSignificant = '\n';
  for (let i = 0; i < Math.min(offset, text.length); i++) {
    const c = text[i];
    if (quote) {
      if (quote.char === '"' && c === '\\') i++;
      else if (c === quote.char && quote.char === "'" && text[i + 1] === "'") i++;
      else if (c === quote.char) {
        quote = undefined;
        lastSignificant = c;
      }
      continue;
    }
    if (c === '#' && (i === 0 || /\s/.test(text[i - 1]))) {
      const end = text.indexOf('\n', i);
      i = end < 0 ? text.length : end - 1;
      continue;
    }
    const atValueStart = lastSignificant === '\n' || VALUE_START.test(lastSignificant);
    if ((c === '"' || c === "'") && atValueStart) quote = { offset: i, char: c };
    else if ((c === '{' || c === '[') && (atValueStart || stack.length)) stack.push({ offset: i, char: c });
    else if ((c === '}' || c === ']') && stack.length) stack.pop();
    if (c === '\n') lastSignificant = '\n';
    else if (c !== ' ' && c !== '\t' && c !== '\r') lastSignificant = c;
  }
  return quote ?? stack.at(-1);
}
