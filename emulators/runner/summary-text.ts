/** A step summary (the markdown byok writes) as plain terminal text: title, aligned facts, notes. */
export function summaryAsText(markdown: string): string {
  const lines: string[] = [];
  const rows: [string, string][] = [];
  const flush = () => {
    const width = Math.max(0, ...rows.map(([label]) => label.length));
    for (const [label, value] of rows) lines.push(`  ${label.padEnd(width)}  ${value}`);
    rows.length = 0;
  };
  const unescape = (text: string) =>
    text.replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)));
  for (const line of markdown.split('\n')) {
    const row = /^\| (.+?) \| `(.*)` \|$/.exec(line);
    if (row) {
      rows.push([unescape(row[1] as string), unescape(row[2] as string)]);
      continue;
    }
    flush();
    if (line.startsWith('### ')) lines.push(line.slice(4));
    else if (line.startsWith('- ')) lines.push(`  * ${unescape(line.slice(2))}`);
  }
  flush();
  return lines.join('\n');
}
