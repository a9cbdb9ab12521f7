// Fits a timeline into a share link: a run under the GIL can record thousands of
// hand-offs per thread, far more than a link (or a 940-pixel chart) can hold.
import type { Span, SpanState } from "../trace";

/**
 * At most `maxSpans` spans drawing the same picture at a coarser grain: when there
 * are more, each lane's time is cut into equal bins, each bin takes the state that
 * filled most of it (or stays empty if nothing filled half of it), and runs of
 * bins in one state merge into one span.
 */
export function reduceSpans(spans: Span[], maxSpans: number): Span[] {
  if (spans.length <= maxSpans) return spans;
  const lanes = [...new Set(spans.map((s) => s.lane))].sort((a, b) => a - b);
  const bins = Math.floor(maxSpans / lanes.length);
  if (bins < 1) return [];
  const origin = Math.min(...spans.map((s) => s.startMs));
  const end = Math.max(...spans.map((s) => s.endMs));
  const width = (end - origin) / bins || 1;
  const out: Span[] = [];
  for (const lane of lanes) {
    // Per bin, how long each state filled it.
    const filled = Array.from({ length: bins }, () => new Map<SpanState, number>());
    for (const s of spans) {
      if (s.lane !== lane) continue;
      const first = Math.max(0, Math.floor((s.startMs - origin) / width));
      const last = Math.min(bins - 1, Math.floor((s.endMs - origin) / width));
      for (let b = first; b <= last; b++) {
        const overlap = Math.min(s.endMs, origin + (b + 1) * width) - Math.max(s.startMs, origin + b * width);
        if (overlap > 0) filled[b].set(s.state, (filled[b].get(s.state) ?? 0) + overlap);
      }
    }
    let current: Span | undefined;
    filled.forEach((states, b) => {
      let state: SpanState | undefined;
      let most = 0;
      let total = 0;
      for (const [s, t] of states) {
        total += t;
        if (t > most) [state, most] = [s, t];
      }
      if (total < width / 2) state = undefined;
      if (current && state === current.state) {
        current.endMs = origin + (b + 1) * width;
        return;
      }
      if (current) out.push(current);
      current = state && { lane, state, startMs: origin + b * width, endMs: origin + (b + 1) * width };
    });
    if (current) out.push(current);
  }
  return out;
}
