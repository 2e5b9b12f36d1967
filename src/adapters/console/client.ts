/**
 * The client side of the running bot's console (http.ts is the server side): what
 * `pledgewatch ask` and `ingest` load when a bot holds the embedded store. Nothing of the
 * core, so handing a command over costs the CLI almost nothing to start.
 */
export const CONSOLE_PATH = '/console/ask';
export const CONSOLE_INGEST_PATH = '/console/ingest';

/** An article as `pledgewatch ingest` read and extracted it. */
export interface ConsoleArticle {
  text: string;
  title: string | null;
  siteName: string | null;
  outlet?: string;
  url?: string;
}

/** The client side: hands one command line to the running bot. */
export async function askRunningBot(port: number, token: string, line: string): Promise<{ output: string; exitCode: 0 | 1 | 2 }> {
  const res = await fetch(`http://127.0.0.1:${port}${CONSOLE_PATH}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ line }),
  });
  if (!res.ok) throw new Error(`the running bot refused the console request (HTTP ${res.status})`);
  return (await res.json()) as { output: string; exitCode: 0 | 1 | 2 };
}

/** The client side of ingest: the running bot detects and stores; the lines come back to print. */
export async function ingestRunningBot(port: number, token: string, article: ConsoleArticle): Promise<string[]> {
  const res = await fetch(`http://127.0.0.1:${port}${CONSOLE_INGEST_PATH}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(article),
  });
  if (res.status === 413) throw new Error(((await res.json()) as { message: string }).message);
  if (!res.ok) throw new Error(`the running bot refused the ingest request (HTTP ${res.status})`);
  return ((await res.json()) as { lines: string[] }).lines;
}
