//! The line under a traceback's source line that points at what failed, as
//! CPython 3.11 draws it (`traceback.StackSummary.format_frame_summary`):
//! `^^^^` under the failing expression, or for a binary operation `~~^~~`
//! (operands `~`, operator `^`) and for a subscript `~~~^^^^^`; nothing when
//! the expression is the whole line.

use ruff_python_ast::{Expr, Stmt};
use ruff_text_size::Ranged;

/// The caret line (with its newline) for the expression at byte range
/// `start..end` of `source`, or `None` where CPython prints none.
#[must_use]
pub fn caret_line(source: &str, start: usize, end: usize) -> Option<String> {
    if start > end
        || end > source.len()
        || !source.is_char_boundary(start)
        || !source.is_char_boundary(end)
    {
        return None;
    }
    let line_start = source[..start].rfind('\n').map_or(0, |i| i + 1);
    let line_end = source[start..]
        .find('\n')
        .map_or(source.len(), |i| start + i);
    let text = &source[line_start..line_end];
    // linecache's line: with its newline.
    let line: Vec<char> = text.chars().chain(std::iter::once('\n')).collect();
    // CPython's `stripped_characters`: the line's length (with its newline)
    // less that of the stripped line.
    let stripped_len = text.trim().chars().count();
    let stripped_characters = line.len() - stripped_len;
    let start_offset = text[..start - line_start].chars().count();
    let same_line = end <= line_end;
    let (end_offset, anchors) = if same_line {
        let end_offset = text[..end - line_start].chars().count();
        let segment: String = line[start_offset..end_offset].iter().collect();
        (end_offset, anchors(&segment))
    } else {
        (text.trim_end().chars().count(), None)
    };
    let width = end_offset.checked_sub(start_offset)?;
    let anchored = anchors.is_some_and(|(left, right)| right > left);
    if width >= stripped_len && !anchored {
        return None;
    }
    let mut row = String::from("    ");
    row.push_str(&" ".repeat((start_offset + 1).saturating_sub(stripped_characters)));
    match anchors {
        Some((left, right)) => {
            row.push_str(&"~".repeat(left));
            row.push_str(&"^".repeat(right.saturating_sub(left)));
            row.push_str(&"~".repeat(width.saturating_sub(right)));
        }
        None => row.push_str(&"^".repeat(width)),
    }
    row.push('\n');
    Some(row)
}

/// Character offset of byte `offset` in `text`.
fn chars_to(text: &str, offset: usize) -> usize {
    text.get(..offset.min(text.len()))
        .map_or(offset, |prefix| prefix.chars().count())
}

/// CPython's `_extract_caret_anchors_from_line_segment`: where the `^` part
/// starts and ends in `segment`, for a binary operation or a subscript.
fn anchors(segment: &str) -> Option<(usize, usize)> {
    let parsed = ruff_python_parser::parse_module(segment).ok()?;
    let [Stmt::Expr(statement)] = parsed.syntax().body.as_slice() else {
        return None;
    };
    let chars: Vec<char> = segment.chars().collect();
    let len = chars.len();
    match &*statement.value {
        Expr::BinOp(op) => {
            let left_end = usize::from(op.left.end());
            let operator_start = chars_to(segment, left_end);
            let operator_end = chars_to(segment, usize::from(op.right.start()));
            let operator: Vec<char> = chars.get(operator_start..operator_end)?.to_vec();
            let offset = operator.iter().take_while(|c| c.is_whitespace()).count();
            let mut left = left_end + offset;
            let mut right = left + 1;
            if offset + 1 < operator.len() && !operator[offset + 1].is_whitespace() {
                right += 1;
            }
            while left < len
                && (chars[left].is_whitespace() || chars[left] == ')' || chars[left] == '#')
            {
                left += 1;
                right += 1;
            }
            Some((chars_to(segment, left), chars_to(segment, right)))
        }
        Expr::Subscript(subscript) => {
            let mut left = chars_to(segment, usize::from(subscript.value.end()));
            let mut right = chars_to(segment, usize::from(subscript.slice.end()) + 1);
            while left < len && (chars[left].is_whitespace() || chars[left] != '[') {
                left += 1;
            }
            while right < len && (chars[right].is_whitespace() || chars[right] != ']') {
                right += 1;
            }
            if right < len {
                right += 1;
            }
            Some((left, right))
        }
        _ => None,
    }
}
