// The link's envelope: `#v<N>.` followed by the base64url (no padding) of the
// deflate-raw compressed UTF-8 JSON. Only the envelope lives here; what the JSON
// may hold is the schema's business (schema.ts).

/** Something wrong with a link: the message says what, in words for the user. */
export class LinkError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "LinkError";
  }
}

/** Longest fragment read at all (a 16 KB link is the target; leave room for growth). */
export const MAX_FRAGMENT_CHARS = 65_536;
/** Inflate no further than this: a small link must not unpack into gigabytes. */
export const MAX_JSON_BYTES = 1_048_576;
/** Deepest nesting of objects and arrays a link may have (the schema needs 5). */
export const MAX_DEPTH = 8;

const FRAGMENT = /^#v(\d{1,6})\.([A-Za-z0-9_-]*)$/;

function toBase64Url(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function fromBase64Url(text: string): Uint8Array {
  if (text.length % 4 === 1) throw new LinkError("the link is truncated (its data has a stray character)");
  const binary = atob(text.replace(/-/g, "+").replace(/_/g, "/"));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

async function collect(stream: ReadableStream<Uint8Array>, cap: number): Promise<Uint8Array> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > cap) {
      await reader.cancel().catch(() => {});
      throw new LinkError(`the link unpacks to more than ${cap / 1024} KB, far more than any run needs`);
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

async function deflate(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(new CompressionStream("deflate-raw"));
  return collect(stream, Infinity);
}

async function inflate(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(new DecompressionStream("deflate-raw"));
  try {
    return await collect(stream, MAX_JSON_BYTES);
  } catch (error) {
    if (error instanceof LinkError) throw error;
    throw new LinkError("the link is damaged or truncated (its data does not unpack)");
  }
}

/** Fails on nesting deeper than MAX_DEPTH and on keys that could reach a prototype. */
function checkShape(value: unknown): void {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (typeof node !== "object" || node === null) continue;
    if (depth >= MAX_DEPTH) throw new LinkError("the link's data is nested too deeply");
    for (const key of Object.keys(node)) {
      if (key === "__proto__" || key === "constructor" || key === "prototype") {
        throw new LinkError(`the link has a forbidden key "${key}"`);
      }
      stack.push([(node as Record<string, unknown>)[key], depth + 1]);
    }
  }
}

/** The fragment (`#v1.…`) that carries `payload` in envelope version `version`. */
export async function encodeFragment(payload: unknown, version: number): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify(payload));
  return `#v${version}.${toBase64Url(await deflate(json))}`;
}

/**
 * Reads a fragment's envelope, of a version up to `newestVersion`: its version and
 * its JSON, parsed and checked for shape only.
 */
export async function decodeFragment(
  fragment: string,
  newestVersion: number,
): Promise<{ version: number; data: unknown }> {
  if (fragment.length > MAX_FRAGMENT_CHARS) {
    throw new LinkError(`the link is too long (${fragment.length.toLocaleString("en")} characters)`);
  }
  const match = FRAGMENT.exec(fragment);
  if (!match) {
    throw new LinkError(
      /^#v\d/.test(fragment)
        ? "the link has characters that cannot be in a share link (it may have been cut or edited)"
        : "the link does not start with a version such as #v1.",
    );
  }
  const version = Number(match[1]);
  if (version > newestVersion) {
    throw new LinkError(
      `the link was made by a newer version of GIL Playground (link format v${version}; ` +
        `this page reads up to v${newestVersion}): reload the page to get the newest version`,
    );
  }
  if (version < 1) throw new LinkError(`there is no link format v${version}`);
  if (match[2] === "") throw new LinkError("the link is truncated (it carries no data)");
  let bytes: Uint8Array;
  try {
    bytes = fromBase64Url(match[2]);
  } catch (error) {
    if (error instanceof LinkError) throw error;
    throw new LinkError("the link's data is not valid base64url");
  }
  const json = await inflate(bytes);
  let data: unknown;
  try {
    data = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(json));
  } catch {
    throw new LinkError("the link's data is not valid JSON text");
  }
  checkShape(data);
  return { version, data };
}
