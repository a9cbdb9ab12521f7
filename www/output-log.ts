// What a program printed, kept up to a cap: a program may print forever, and
// the page must not run out of memory keeping it. Past the cap the program goes
// on; what was not kept is counted, so the page can say so.

/** The most characters of output a run keeps (about 10 MB of text). */
export const MAX_KEPT_CHARS = 10_000_000;

export class OutputLog {
  private pieces: string[] = [];
  private kept = 0;
  /** Characters and lines printed past the cap, not kept. */
  droppedChars = 0;
  droppedLines = 0;

  constructor(private readonly maxChars = MAX_KEPT_CHARS) {}

  append(text: string): void {
    const room = this.maxChars - this.kept;
    if (text.length <= room) {
      this.pieces.push(text);
      this.kept += text.length;
      return;
    }
    const kept = text.slice(0, Math.max(0, room));
    if (kept) this.pieces.push(kept);
    this.kept += kept.length;
    const dropped = text.slice(kept.length);
    this.droppedChars += dropped.length;
    this.droppedLines += countLines(dropped);
  }

  get length(): number {
    return this.kept;
  }

  text(): string {
    // Joined once and kept joined: the next call costs nothing.
    if (this.pieces.length > 1) this.pieces = [this.pieces.join("")];
    return this.pieces[0] ?? "";
  }

  clear(): void {
    this.pieces = [];
    this.kept = 0;
    this.droppedChars = 0;
    this.droppedLines = 0;
  }
}

/** Line breaks in `text`. */
export function countLines(text: string): number {
  let lines = 0;
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) lines++;
  return lines;
}
