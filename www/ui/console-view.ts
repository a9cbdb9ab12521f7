// The console under the editor: stdout and stderr as they are printed, stderr
// in red; text only (textContent), never markup. Each line can show, on
// request, the thread that printed it and when.
//
// A program may print a million lines as fast as it can, and the page must
// stay responsive meanwhile. So writing costs what is new, never what the
// console holds: text is queued as it came and drawn in frames, at most
// `FRAME_LINES` lines a frame, each line a block of its own (the browser lays
// out only the new ones). The view keeps the last `MAX_VIEW_LINES` lines;
// older ones are hidden, with a notice, and what is queued beyond what the
// view could show is never drawn. The whole output is kept apart, up to a
// cap, for "Save output".
import type { OutputTag } from "../playground";
import { MAX_KEPT_CHARS, OutputLog, countLines } from "../output-log";
import { el } from "./dom";

export interface ConsoleView {
  readonly element: HTMLElement;
  clear(): void;
  write(stream: "stdout" | "stderr", text: string, tag?: OutputTag): void;
  /** Shows or hides each line's thread and time. */
  showTags(show: boolean): void;
  /** A line of the page's own (not the program's): how the run ended. */
  note(text: string, kind?: "info" | "error"): void;
  /** The program's whole output as far as it is kept (for Save). */
  output(): OutputLog;
}

/** Lines the view holds; older ones are hidden (and kept for Save). */
export const MAX_VIEW_LINES = 5_000;

/**
 * Lines go into blocks of this many, each laid out and painted only while it
 * is near the visible part (CSS `content-visibility: auto`): a frame's layout
 * then costs the blocks, not the thousands of lines in them. The oldest
 * lines are hidden a block at a time.
 */
const BLOCK_LINES = 100;

/**
 * Lines drawn per frame, at most: a frame's work stays small whatever the
 * program prints (a program printing as fast as it can outruns any reader).
 */
const FRAME_LINES = 200;

/**
 * While a program prints faster than the view can show (lines go unseen), the
 * view is redrawn at most this often: the page's main thread then mostly takes
 * in the output, rather than drawing frames nobody can read.
 */
const FLOOD_FRAME_MS = 100;

type Kind = "stdout" | "stderr" | "note info" | "note error";

/** Text to draw, as it came: it may hold many lines. */
interface Piece {
  kind: Kind;
  text: string;
  /** Whether its text starts a line (or goes on the last one). */
  startsLine: boolean;
  /** Lines its text starts. */
  lines: number;
  tag?: string;
}

/** Lines that `text` starts, whether it starts one itself or goes on the last. */
function linesStarted(text: string, startsLine: boolean): number {
  // A line break at the very end starts no line yet.
  return countLines(text) - (text.endsWith("\n") ? 1 : 0) + (startsLine ? 1 : 0);
}

/** The offset in `piece`'s text where the line it starts as number `n` (from 0) begins. */
function lineStart(piece: Piece, n: number): number {
  let at = 0;
  for (let seen = piece.startsLine ? 1 : 0; seen <= n; seen++) at = piece.text.indexOf("\n", at) + 1;
  return at;
}

export function consoleView(): ConsoleView {
  const lines = el("div", { class: "console-lines" });
  const hiddenNotice = el("div", { class: "note hidden-lines", hidden: "" });
  const element = el(
    "div",
    { id: "console", class: "console", "aria-live": "polite", tabindex: "0", role: "log" },
    hiddenNotice,
    lines,
  );
  const log = new OutputLog();
  /** Pieces not drawn yet, oldest first. */
  let queue: Piece[] = [];
  /** Lines the queue starts. */
  let queuedLines = 0;
  /** Lines in the view, and in its last block. */
  let viewLines = 0;
  let blockLines = 0;
  let block: HTMLElement | undefined;
  let hiddenLines = 0;
  /** The line the next piece goes on, unless it starts one. */
  let lastLine: HTMLElement | undefined;
  /** Whether the next text a program prints starts a line. */
  let atLineStart = true;
  let frame: number | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** Lines went unseen before the last draw, and when it was. */
  let flooded = false;
  let lastDrawMs = 0;

  /**
   * Whether the view follows the output to its end: until the reader scrolls
   * away from the end, and again once they scroll back to it. (Whether the
   * view is at its end cannot be read before each frame instead: a block's
   * size is only known once it is drawn, so a scroll to the end could fall
   * short.) `scrolledTo` is where the view last put itself.
   */
  let following = true;
  let scrolledTo = -1;
  /**
   * Lines were dropped unseen: what the view shows stops before them. It is
   * cleared at the next draw, unless the reader reads it (not following).
   */
  let gap = false;
  element.addEventListener("scroll", () => {
    if (Math.abs(element.scrollTop - scrolledTo) < 2) return;
    following = element.scrollHeight - element.scrollTop - element.clientHeight < 8;
    if (following && queue.length) schedule();
  });

  /** A draw at the next frame; while flooded, not before FLOOD_FRAME_MS after the last. */
  function schedule(): void {
    if (frame !== undefined || timer !== undefined) return;
    const wait = flooded ? lastDrawMs + FLOOD_FRAME_MS - performance.now() : 0;
    if (wait <= 0) {
      frame = requestAnimationFrame(draw);
      return;
    }
    timer = setTimeout(() => {
      timer = undefined;
      frame = requestAnimationFrame(draw);
    }, wait);
  }

  function enqueue(piece: Piece): void {
    queue.push(piece);
    queuedLines += piece.lines;
    if (queuedLines > MAX_VIEW_LINES) {
      // More is waiting than the view can show: the oldest of it will never
      // be seen here (Save has it). What the view shows then ends before a
      // gap: it is left as it is while the reader reads it, and cleared once
      // they follow the output again, so what the view shows is never cut.
      hiddenLines += takeLines(queuedLines - MAX_VIEW_LINES).reduce((n, p) => n + p.lines, 0);
      gap = true;
    }
    if (following || !gap) schedule();
  }

  /** Takes the queue's first `count` lines (with what goes on the last of them). */
  function takeLines(count: number): Piece[] {
    const taken: Piece[] = [];
    let left = count;
    while (queue.length) {
      const piece = queue[0];
      if (piece.lines > left) {
        const cut = lineStart(piece, left);
        if (cut > 0) {
          taken.push({ ...piece, text: piece.text.slice(0, cut), lines: left });
          queue[0] = { ...piece, text: piece.text.slice(cut), startsLine: true, lines: piece.lines - left };
          left = 0;
        }
        break;
      }
      taken.push(piece);
      queue.shift();
      left -= piece.lines;
    }
    queuedLines -= count - left;
    return taken;
  }

  function draw(): void {
    frame = undefined;
    flooded = gap;
    lastDrawMs = performance.now();
    if (gap) {
      if (!following) return;
      hiddenLines += viewLines;
      viewLines = blockLines = 0;
      lines.replaceChildren();
      block = lastLine = undefined;
      gap = false;
    }
    for (const piece of takeLines(FRAME_LINES)) {
      let startsLine = piece.startsLine;
      for (let start = 0; start < piece.text.length;) {
        const newline = piece.text.indexOf("\n", start);
        const end = newline === -1 ? piece.text.length : newline + 1;
        const text = piece.text.slice(start, end);
        if (startsLine || !lastLine) {
          // A line is one element and its text (two nodes: a frame may make
          // hundreds); its tag is an attribute, shown by CSS when asked for.
          lastLine = el("div", { class: `line ${piece.kind}` }, text);
          if (piece.tag !== undefined) lastLine.dataset.tag = piece.tag;
          if (!block || blockLines === BLOCK_LINES) {
            block = el("div", { class: "block" });
            lines.append(block);
            blockLines = 0;
          }
          block.append(lastLine);
          blockLines++;
          viewLines++;
        } else {
          // More on the line: in its own element if it is of another stream.
          lastLine.append(
            lastLine.classList.contains(piece.kind) ? text : el("span", { class: piece.kind }, text),
          );
        }
        startsLine = newline !== -1;
        start = end;
      }
    }
    // The oldest blocks go once the rest hold MAX_VIEW_LINES lines.
    for (let first = lines.firstElementChild; first && first !== block; first = lines.firstElementChild) {
      const count = first.childElementCount;
      if (viewLines - count < MAX_VIEW_LINES) break;
      first.remove();
      viewLines -= count;
      hiddenLines += count;
    }
    showNotice();
    if (following) {
      element.scrollTop = element.scrollHeight;
      scrolledTo = element.scrollTop;
    }
    if (queue.length) schedule();
  }

  function showNotice(): void {
    const parts: string[] = [];
    if (hiddenLines) {
      parts.push(
        `${hiddenLines.toLocaleString("en")} earlier lines hidden (the console shows the last ${MAX_VIEW_LINES.toLocaleString("en")}; Save output has them all)`,
      );
    }
    if (log.droppedChars) {
      parts.push(
        `output past ${(MAX_KEPT_CHARS / 1e6).toFixed(0)} million characters not kept: ${log.droppedLines.toLocaleString("en")} lines dropped while the program went on`,
      );
    }
    hiddenNotice.hidden = parts.length === 0;
    hiddenNotice.textContent = parts.length ? `… ${parts.join("; ")}` : "";
  }

  return {
    element,
    clear() {
      if (frame !== undefined) cancelAnimationFrame(frame);
      clearTimeout(timer);
      frame = timer = undefined;
      flooded = false;
      queue = [];
      queuedLines = viewLines = blockLines = hiddenLines = 0;
      block = lastLine = undefined;
      atLineStart = following = true;
      gap = false;
      lines.replaceChildren();
      log.clear();
      showNotice();
    },
    write(stream, text, tag) {
      if (!text) return;
      log.append(text);
      enqueue({
        kind: stream,
        text,
        startsLine: atLineStart,
        lines: linesStarted(text, atLineStart),
        tag: tag && `[${tag.thread} ${(tag.ms / 1000).toFixed(3)} s] `,
      });
      atLineStart = text.endsWith("\n");
    },
    showTags(show) {
      element.classList.toggle("tagged", show);
    },
    note(text, kind = "info") {
      // How a run ended is shown at once, wherever the reader was.
      following = true;
      enqueue({ kind: `note ${kind}`, text: `${text}\n`, startsLine: true, lines: 1 });
      atLineStart = true;
    },
    output: () => log,
  };
}
