//! A program the parser refused, told as CPython 3.11 tells it: the error
//! class (SyntaxError, IndentationError, TabError), CPython's message and
//! the part of the line its carets mark. ruff's parser finds the place; its
//! words are its own, so the common cases are translated here, and what
//! CPython's tokenizer would have said first (`tokenizer_errors`) wins, as it
//! does in CPython. Anything else is CPython's generic "invalid syntax".

use ruff_python_ast::token::{Token, TokenKind};
use ruff_python_parser::{ParseError, ParseErrorType};
use ruff_text_size::{Ranged, TextRange, TextSize};

use super::parse::{CompileErrorKind, SyntaxError};
use super::tokenizer_errors::Found;

/// CPython's error for `source`, which ruff's parser refused with `error`.
#[must_use]
pub fn cpython_error(source: &str, error: &ParseError, tokens: &[Token]) -> SyntaxError {
    let parser_error = parser_error(source, error, tokens);
    match super::tokenizer_errors::first_error(source) {
        // CPython's tokenizer reaches an error before the parser's first
        // (or at its place: a TabError on the indentation the parser found
        // unexpected); one after it, CPython finds by tokenizing the rest,
        // unless the parser's is an unexpected indent (reported at once).
        Some(Found::Error(tokenizer_error))
            if (tokenizer_error.line, tokenizer_error.column)
                <= (parser_error.line, parser_error.column)
                || !matches!(error.error, ParseErrorType::UnexpectedIndentation) =>
        {
            tokenizer_error
        }
        // A bracket never closed is CPython's error when its parser read to
        // the end of the program, or to a line after the bracket's.
        Some(Found::NeverClosed(unclosed))
            if parser_error.line > unclosed.line
                || furthest_read(source, error.location.start(), tokens)
                    .is_none_or(|line| line > unclosed.line as usize) =>
        {
            unclosed
        }
        _ => parser_error,
    }
}

/// The line of the furthest token CPython's parser read, failing at `at`:
/// the token there, or the one after it if that is an operand (after which
/// it looks for a call or a subscript). None: it read to the end.
fn furthest_read(source: &str, at: TextSize, tokens: &[Token]) -> Option<usize> {
    let mut rest = significant(tokens)
        .filter(|t| t.start() >= at && !matches!(t.kind(), TokenKind::Newline | TokenKind::Dedent));
    // The end of the program: its last tokens (the lexer's own error for the
    // open bracket included) are empty.
    let line = |token: Option<&Token>| match token {
        Some(t) if !t.range().is_empty() => {
            Some(source[..usize::from(t.start())].matches('\n').count() + 1)
        }
        _ => None,
    };
    let token = rest.next();
    let operand = token.is_some_and(|t| {
        is_atom(t.kind())
            || matches!(
                t.kind(),
                TokenKind::Rpar | TokenKind::Rsqb | TokenKind::Rbrace
            )
    });
    line(token)?;
    if operand {
        line(rest.next())
    } else {
        line(token)
    }
}

/// CPython's words for ruff's `error`.
fn parser_error(source: &str, error: &ParseError, tokens: &[Token]) -> SyntaxError {
    let at = error.location;
    let message = error.error.to_string();
    match &error.error {
        ParseErrorType::ExpectedToken {
            expected: TokenKind::Colon,
            found,
        } => {
            if let Some(key) = dict_key_without_value(at.start(), tokens) {
                return SyntaxError::at(source, key, "':' expected after dictionary key");
            }
            if *found == TokenKind::Equal {
                if let Some(range) = condition_with_equals(source, at.start()) {
                    return SyntaxError::over(
                        source,
                        range,
                        "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
                    );
                }
            }
            missing_colon(source, at.start(), tokens)
        }
        ParseErrorType::ExpectedToken {
            expected: TokenKind::Else,
            ..
        } => missing_else(source, at.start(), tokens)
            .unwrap_or_else(|| invalid_syntax(source, at.start(), tokens)),
        ParseErrorType::ExpectedToken {
            expected: TokenKind::Comma,
            ..
        } => forgotten_comma(source, at.start(), tokens)
            .unwrap_or_else(|| invalid_syntax(source, at.start(), tokens)),
        ParseErrorType::SimpleStatementsOnSameLine => legacy_print(source, at.start(), tokens)
            .unwrap_or_else(|| invalid_syntax(source, at.start(), tokens)),
        ParseErrorType::UnexpectedIndentation => {
            let mut error = SyntaxError::at(source, at.start(), "unexpected indent");
            error.kind = CompileErrorKind::Indentation;
            error.end_column = 0;
            error
        }
        ParseErrorType::OtherError(text)
            if text.starts_with("Expected an indented block after ") =>
        {
            expected_block(
                source,
                at,
                &text["Expected an indented block after ".len()..],
            )
        }
        ParseErrorType::ExpectedKeywordParam => bare_star(source, at.start(), tokens),
        ParseErrorType::ParamAfterVarKeywordParam => {
            let token = significant(tokens).find(|t| t.start() >= at.start());
            SyntaxError::over(
                source,
                token.map_or(at, Ranged::range),
                "arguments cannot follow var-keyword argument",
            )
        }
        ParseErrorType::VarParameterWithDefault => {
            let double = significant(tokens)
                .filter(|t| matches!(t.kind(), TokenKind::Star | TokenKind::DoubleStar))
                .filter(|t| t.start() <= at.start())
                .last()
                .is_some_and(|t| t.kind() == TokenKind::DoubleStar);
            let kind = if double { "keyword" } else { "positional" };
            SyntaxError::at(
                source,
                at.start(),
                format!("var-{kind} argument cannot have default value"),
            )
        }
        ParseErrorType::OtherError(text) if parameter_message(text).is_some() => {
            let message = parameter_message(text).unwrap_or_default();
            let mut after = significant(tokens).filter(|t| t.start() >= at.start());
            let here = after.next();
            if text == "Only one '*' separator allowed"
                && after
                    .next()
                    .is_some_and(|t| matches!(t.kind(), TokenKind::Rpar | TokenKind::Colon))
            {
                return SyntaxError::at(source, at.start(), "invalid syntax");
            }
            match here {
                Some(token) if message.starts_with("arguments cannot follow") => {
                    SyntaxError::over(source, token.range(), message)
                }
                _ => SyntaxError::at(source, at.start(), message),
            }
        }
        ParseErrorType::UnparenthesizedGeneratorExpression => {
            SyntaxError::over(source, at, "Generator expression must be parenthesized")
        }
        ParseErrorType::PositionalAfterKeywordArgument => SyntaxError::at(
            source,
            closing_paren(at.start(), tokens),
            "positional argument follows keyword argument",
        ),
        ParseErrorType::PositionalAfterKeywordUnpacking => SyntaxError::at(
            source,
            closing_paren(at.start(), tokens),
            "positional argument follows keyword argument unpacking",
        ),
        ParseErrorType::InvalidArgumentUnpackingOrder => SyntaxError::at(
            source,
            closing_paren(at.start(), tokens),
            "iterable argument unpacking follows keyword argument unpacking",
        ),
        ParseErrorType::NonDefaultParamAfterDefaultParam => SyntaxError::at(
            source,
            at.start(),
            "non-default argument follows default argument",
        ),
        ParseErrorType::InvalidAssignmentTarget => assignment_target(source, at),
        ParseErrorType::InvalidAugmentedAssignmentTarget => SyntaxError::over(
            source,
            at,
            format!(
                "'{}' is an illegal expression for augmented assignment",
                target_kind(target_text(source, at))
            ),
        ),
        ParseErrorType::InvalidDeleteTarget => SyntaxError::over(
            source,
            at,
            format!("cannot delete {}", target_kind(target_text(source, at))),
        ),
        ParseErrorType::OtherError(text) if text == "Expected a parameter name" => {
            keyword_expression(source, at)
                .unwrap_or_else(|| invalid_syntax(source, at.start(), tokens))
        }
        ParseErrorType::OtherError(text) if text.starts_with("Expected `except` or `finally`") => {
            missing_handler(source, at.start(), tokens)
        }
        ParseErrorType::ExpectedToken { .. }
        | ParseErrorType::ExpectedExpression
        | ParseErrorType::SimpleAndCompoundStatementOnSameLine
        | ParseErrorType::UnexpectedExpressionToken
        | ParseErrorType::EmptyImportNames => invalid_syntax(source, at.start(), tokens),
        // The same words as CPython's, over the whole literal.
        ParseErrorType::Lexical(_)
            if message == "bytes can only contain ASCII literal characters" =>
        {
            let literal = tokens
                .iter()
                .find(|t| t.start() <= at.start() && at.start() < t.end())
                .map_or(at, Ranged::range);
            SyntaxError::over(source, literal, message)
        }
        // The page's parser has no table of Unicode character names (left
        // out for size): a `\N{...}` escape is refused in so many words.
        ParseErrorType::Lexical(_) if source[..usize::from(at.start())].ends_with("\\N{") => {
            let literal = tokens
                .iter()
                .find(|t| t.start() <= at.start() && at.start() < t.end())
                .map_or(at, Ranged::range);
            SyntaxError::over(
                source,
                literal,
                "\\N{...} escapes (Unicode character names) are not supported by this page's \
                 Python",
            )
        }
        ParseErrorType::Lexical(_) => invalid_syntax(source, at.start(), tokens),
        // "Expected a statement", "Expected an identifier"…: CPython's parser
        // names no expectation but the ones above.
        ParseErrorType::OtherError(text) if text.starts_with("Expected ") => {
            invalid_syntax(source, at.start(), tokens)
        }
        // ruff's words, with CPython's quotes (`}` is '}').
        _ => SyntaxError::at(source, at.start(), message.replace('`', "'")),
    }
}

/// `x = a if b`: a conditional expression with no `else`, which CPython
/// marks from the start of its first operand to the end of the condition.
fn missing_else(source: &str, at: TextSize, tokens: &[Token]) -> Option<SyntaxError> {
    let before: Vec<&Token> = significant(tokens).filter(|t| t.end() <= at).collect();
    let last = before.last()?;
    let if_index = before.iter().rposition(|t| t.kind() == TokenKind::If)?;
    // Back from the `if` to where its expression starts: after an `=`, a `,`,
    // an open bracket or the start of the statement.
    let mut depth = 0;
    let mut start = if_index;
    for index in (0..if_index).rev() {
        match before[index].kind() {
            TokenKind::Rpar | TokenKind::Rsqb | TokenKind::Rbrace => depth += 1,
            TokenKind::Lpar | TokenKind::Lsqb | TokenKind::Lbrace if depth > 0 => depth -= 1,
            kind if depth == 0 && ends_expression(kind) => break,
            _ => {}
        }
        start = index;
    }
    if start == if_index {
        return None;
    }
    Some(SyntaxError::over(
        source,
        TextRange::new(before[start].start(), last.end()),
        "expected 'else' after 'if' expression",
    ))
}

/// Whether a token before an expression ends what comes before it.
fn ends_expression(kind: TokenKind) -> bool {
    let operand_keyword = matches!(
        kind,
        TokenKind::Not
            | TokenKind::And
            | TokenKind::Or
            | TokenKind::Is
            | TokenKind::In
            | TokenKind::None
            | TokenKind::True
            | TokenKind::False
            | TokenKind::Await
    );
    (kind.is_non_soft_keyword() && !operand_keyword)
        || matches!(
            kind,
            TokenKind::Equal
                | TokenKind::Comma
                | TokenKind::Colon
                | TokenKind::ColonEqual
                | TokenKind::Semi
                | TokenKind::Newline
                | TokenKind::Indent
                | TokenKind::Dedent
                | TokenKind::Lpar
                | TokenKind::Lsqb
                | TokenKind::Lbrace
                | TokenKind::Rarrow
        )
        || kind.as_augmented_assign_operator().is_some()
}

/// CPython's words for ruff's errors in a list of parameters.
fn parameter_message(text: &str) -> Option<&'static str> {
    Some(match text {
        "Only one '*' separator allowed"
        | "Only one '*' parameter allowed"
        | "Keyword-only parameter separator not allowed after '*' parameter" => {
            "* argument may appear only once"
        }
        "Only one '/' separator allowed" => "/ may appear only once",
        "Position-only parameter separator not allowed as first parameter" => {
            "at least one argument must precede /"
        }
        "'/' parameter must appear before '*' parameter" => "/ must be ahead of *",
        "Only one '**' parameter allowed" => "arguments cannot follow var-keyword argument",
        _ => return None,
    })
}

/// A bare `*` with no keyword-only parameter after it (`def f(a, *)`,
/// `def f(*, **kw)`): CPython marks the `*` of a `def`, and the token after
/// it (past a comma) of a `lambda`.
fn bare_star(source: &str, at: TextSize, tokens: &[Token]) -> SyntaxError {
    const MESSAGE: &str = "named arguments must follow bare *";
    let before: Vec<&Token> = significant(tokens).filter(|t| t.start() <= at).collect();
    let Some(star) = before.iter().rposition(|t| t.kind() == TokenKind::Star) else {
        return SyntaxError::at(source, at, MESSAGE);
    };
    let in_lambda = before[..star]
        .iter()
        .rev()
        .find(|t| matches!(t.kind(), TokenKind::Lambda | TokenKind::Def))
        .is_some_and(|t| t.kind() == TokenKind::Lambda);
    if !in_lambda {
        return SyntaxError::at(source, before[star].start(), MESSAGE);
    }
    let mut after = significant(tokens).filter(|t| t.start() > before[star].start());
    let next = match after.next() {
        Some(t) if t.kind() == TokenKind::Comma => after.next(),
        other => other,
    };
    match next {
        Some(token) => SyntaxError::over(source, token.range(), MESSAGE),
        None => SyntaxError::at(source, at, MESSAGE),
    }
}

/// The tokens that are not comments or blank lines.
fn significant(tokens: &[Token]) -> impl Iterator<Item = &Token> {
    tokens
        .iter()
        .filter(|t| !matches!(t.kind(), TokenKind::Comment | TokenKind::NonLogicalNewline))
}

/// CPython's "invalid syntax", with a caret under each character of the
/// token at `at` (one for a newline or the end).
fn invalid_syntax(source: &str, at: TextSize, tokens: &[Token]) -> SyntaxError {
    let token = significant(tokens)
        .find(|t| t.start() >= at && !matches!(t.kind(), TokenKind::Dedent | TokenKind::Indent));
    match token {
        Some(token)
            if !matches!(token.kind(), TokenKind::Newline | TokenKind::EndOfFile)
                && !source[usize::from(token.start())..usize::from(token.end())].contains('\n') =>
        {
            SyntaxError::over(source, token.range(), "invalid syntax")
        }
        _ => SyntaxError::at(source, at, "invalid syntax"),
    }
}

/// `[1, 2 3]`: two operands one after the other in brackets, where CPython
/// supposes a comma was forgotten (its carets from the first to the second).
fn forgotten_comma(source: &str, at: TextSize, tokens: &[Token]) -> Option<SyntaxError> {
    let before: Vec<&Token> = significant(tokens).filter(|t| t.end() <= at).collect();
    let previous = before.last()?;
    let after: Vec<&Token> = significant(tokens).filter(|t| t.start() >= at).collect();
    let current = after.first()?;
    // The innermost bracket still open: an expression's, not a `def`'s parameters.
    let mut depth = 0;
    let mut open = None;
    for (index, token) in before.iter().enumerate().rev() {
        match token.kind() {
            TokenKind::Rpar | TokenKind::Rsqb | TokenKind::Rbrace => depth += 1,
            TokenKind::Lpar | TokenKind::Lsqb | TokenKind::Lbrace if depth == 0 => {
                open = Some(index);
                break;
            }
            TokenKind::Lpar | TokenKind::Lsqb | TokenKind::Lbrace => depth -= 1,
            _ => {}
        }
    }
    let parameters =
        open.is_some_and(|index| index >= 2 && before[index - 2].kind() == TokenKind::Def);
    if open.is_none() || parameters || !(is_atom(previous.kind()) && is_atom(current.kind())) {
        return None;
    }
    // CPython's carets run over both expressions: each name with its calls,
    // subscripts and attributes (`f(x)[0].y`).
    let first = primary_start(&before).unwrap_or(previous.start());
    let last = primary_end(&after).unwrap_or(current.end());
    Some(SyntaxError::over(
        source,
        TextRange::new(first, last),
        "invalid syntax. Perhaps you forgot a comma?",
    ))
}

/// `print "x"`: Python 2's print statement, which CPython names.
fn legacy_print(source: &str, at: TextSize, tokens: &[Token]) -> Option<SyntaxError> {
    let before: Vec<&Token> = significant(tokens).filter(|t| t.end() <= at).collect();
    let name = before.last()?;
    let word = &source[usize::from(name.start())..usize::from(name.end())];
    let statement_start = before.len() < 2
        || matches!(
            before[before.len() - 2].kind(),
            TokenKind::Newline | TokenKind::Indent | TokenKind::Dedent | TokenKind::Semi
        );
    if name.kind() != TokenKind::Identifier || !matches!(word, "print" | "exec") || !statement_start
    {
        return None;
    }
    // To the end of the statement: the last token before its newline.
    let end = significant(tokens)
        .filter(|t| t.start() >= at)
        .take_while(|t| !matches!(t.kind(), TokenKind::Newline | TokenKind::Semi))
        .last()
        .map_or(at, Ranged::end);
    Some(SyntaxError::over(
        source,
        TextRange::new(name.start(), end),
        format!("Missing parentheses in call to '{word}'. Did you mean {word}(...)?"),
    ))
}

/// `if x = 1:`: the condition from its start to the end of what follows `=`.
fn condition_with_equals(source: &str, equals: TextSize) -> Option<TextRange> {
    let equals = usize::from(equals);
    let line_start = source[..equals].rfind('\n').map_or(0, |i| i + 1);
    let line_end = source[equals..]
        .find('\n')
        .map_or(source.len(), |i| equals + i);
    let header = &source[line_start..equals];
    let indent = header.len() - header.trim_start().len();
    let keyword = ["if", "elif", "while"]
        .into_iter()
        .find(|k| header.trim_start().starts_with(&format!("{k} ")))?;
    let after_keyword = line_start + indent + keyword.len();
    let condition =
        after_keyword + source[after_keyword..].len() - source[after_keyword..].trim_start().len();
    let rest = source[equals..line_end].trim_end();
    let rest = rest.strip_suffix(':').unwrap_or(rest).trim_end();
    Some(TextRange::new(
        TextSize::try_from(condition).ok()?,
        TextSize::try_from(equals + rest.len()).ok()?,
    ))
}

/// The `)` that closes the call whose argument starts at `at`.
fn closing_paren(at: TextSize, tokens: &[Token]) -> TextSize {
    let mut depth = 0;
    for token in significant(tokens).filter(|t| t.start() >= at) {
        match token.kind() {
            TokenKind::Lpar | TokenKind::Lsqb | TokenKind::Lbrace => depth += 1,
            TokenKind::Rpar if depth == 0 => return token.start(),
            TokenKind::Rpar | TokenKind::Rsqb | TokenKind::Rbrace => depth -= 1,
            TokenKind::Newline => break,
            _ => {}
        }
    }
    at
}

/// A block's header with no indented block after it: CPython's
/// IndentationError, which names the header and its line.
fn expected_block(source: &str, at: TextRange, clause: &str) -> SyntaxError {
    // ruff's names of the clauses, and CPython's, with the keyword each starts with.
    let (cpython, keyword) = match clause {
        "`if` statement" => ("'if' statement", "if"),
        "`elif` clause" => ("'elif' statement", "elif"),
        "`else` clause" => ("'else' statement", "else"),
        "`for` statement" => ("'for' statement", "for"),
        "`while` statement" => ("'while' statement", "while"),
        "`with` statement" => ("'with' statement", "with"),
        "`try` statement" => ("'try' statement", "try"),
        "`except` clause" => ("'except' statement", "except"),
        "`finally` clause" => ("'finally' statement", "finally"),
        "`class` definition" => ("class definition", "class"),
        "function definition" => ("function definition", "def"),
        "`match` statement" => ("'match' statement", "match"),
        "`case` block" => ("'case' statement", "case"),
        _ => ("statement", ""),
    };
    let at = usize::from(at.start()).min(source.len());
    // The header: the nearest line before `at` that starts with the keyword.
    let lines_before: Vec<(usize, &str)> = source[..at]
        .split_inclusive('\n')
        .scan(0, |start, line| {
            let this = *start;
            *start += line.len();
            Some((this, line))
        })
        .collect();
    let header = lines_before.iter().rev().find(|(_, line)| {
        let words = line.trim_start().trim_start_matches("async ");
        words.starts_with(keyword)
            && !words[keyword.len()..].starts_with(|c: char| c.is_alphanumeric() || c == '_')
    });
    let header_line = header.map_or(1, |(start, _)| source[..*start].matches('\n').count() + 1);
    let message = format!("expected an indented block after {cpython} on line {header_line}");
    // Nothing after the header: CPython shows the header, without a caret.
    let at_end = source[at..].trim().is_empty();
    let place = match (at_end, header) {
        (true, Some((start, line))) => start + line.trim_end().len(),
        _ => at,
    };
    let mut error = SyntaxError::at(
        source,
        TextSize::try_from(place).unwrap_or_default(),
        message,
    );
    error.kind = CompileErrorKind::Indentation;
    if at_end {
        error.end_column = 0;
    }
    error
}

/// The source text of `range`.
fn target_text(source: &str, range: TextRange) -> &str {
    let start = usize::from(range.start()).min(source.len());
    let end = usize::from(range.end()).clamp(start, source.len());
    source[start..end].trim()
}

/// What CPython calls an expression that cannot be assigned to or deleted.
fn target_kind(target: &str) -> &str {
    if target.ends_with(')') && !target.starts_with('(') {
        "function call"
    } else if matches!(target, "None" | "True" | "False") {
        target
    } else if target == "..." {
        "ellipsis"
    } else if target.parse::<f64>().is_ok() || target.starts_with(['"', '\'']) {
        "literal"
    } else {
        "expression"
    }
}

/// `f() = 1`: what the target is, as CPython names it, and its suggestion
/// when the target is an assignment's (where `==` may have been meant).
fn assignment_target(source: &str, at: TextRange) -> SyntaxError {
    let target = target_text(source, at);
    let what = target_kind(target);
    if matches!(what, "None" | "True" | "False") {
        return SyntaxError::over(source, at, format!("cannot assign to {what}"));
    }
    let end = usize::from(at.end()).min(source.len());
    let after = source[end..].trim_start();
    let message = if after.starts_with('=') && !after.starts_with("==") {
        format!("cannot assign to {what} here. Maybe you meant '==' instead of '='?")
    } else {
        format!("cannot assign to {what}")
    };
    SyntaxError::over(source, at, message)
}

/// `{1: 2, 3}`: a key with no value in a dict display (the key's place).
fn dict_key_without_value(at: TextSize, tokens: &[Token]) -> Option<TextSize> {
    let before: Vec<&Token> = significant(tokens).filter(|t| t.end() <= at).collect();
    let mut depth = 0i32;
    let mut colons = false;
    for token in before.iter().rev() {
        match token.kind() {
            TokenKind::Rpar | TokenKind::Rsqb | TokenKind::Rbrace => depth += 1,
            TokenKind::Lpar | TokenKind::Lsqb if depth == 0 => return None,
            TokenKind::Lbrace if depth == 0 => break,
            TokenKind::Lpar | TokenKind::Lsqb | TokenKind::Lbrace => depth -= 1,
            TokenKind::Colon if depth == 0 => colons = true,
            TokenKind::Newline => return None,
            _ => {}
        }
    }
    // A dict (it has a `key: value` already), and the key is the last operand.
    if !colons {
        return None;
    }
    let key = before.last()?;
    Some(key.start())
}

/// `f(x + 1 = 2)`: an expression given as a keyword argument's name; CPython's
/// carets run from it to the `=`.
fn keyword_expression(source: &str, at: TextRange) -> Option<SyntaxError> {
    let end = usize::from(at.end()).min(source.len());
    let rest = &source[end..];
    let equals = end + rest.len() - rest.trim_start().len();
    if !rest.trim_start().starts_with('=') || rest.trim_start().starts_with("==") {
        return None;
    }
    Some(SyntaxError::over(
        source,
        TextRange::new(at.start(), TextSize::try_from(equals + 1).ok()?),
        "expression cannot contain assignment, perhaps you meant \"==\"?",
    ))
}

/// A block's header without its `:`. Where the header ends in an expression
/// (`if x print(x)`), CPython reads on and finds the next token invalid; after
/// `def f()`, `try`, `else`, `finally` it says the `:` is missing. Either way
/// its carets mark the token found instead (one caret at a line's end).
fn missing_colon(source: &str, at: TextSize, tokens: &[Token]) -> SyntaxError {
    let found = significant(tokens).find(|t| t.start() >= at);
    let Some(found) = found.filter(|t| {
        !matches!(t.kind(), TokenKind::Newline | TokenKind::EndOfFile)
            && !source[usize::from(t.start())..usize::from(t.end())].contains('\n')
    }) else {
        return SyntaxError::at(source, at, "expected ':'");
    };
    let header = significant(tokens)
        .filter(|t| t.end() <= at)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .take_while(|t| {
            !matches!(
                t.kind(),
                TokenKind::Newline | TokenKind::Indent | TokenKind::Dedent
            )
        })
        .last()
        .map(Token::kind);
    let message = match header {
        Some(TokenKind::Def | TokenKind::Try | TokenKind::Else | TokenKind::Finally) => {
            "expected ':'"
        }
        _ => "invalid syntax",
    };
    SyntaxError::over(source, found.range(), message)
}

/// Where the primary expression that `tokens` end with starts (`a.b(c)[d]`).
fn primary_start(tokens: &[&Token]) -> Option<TextSize> {
    let mut index = tokens.len().checked_sub(1)?;
    loop {
        match tokens[index].kind() {
            TokenKind::Rpar | TokenKind::Rsqb | TokenKind::Rbrace => {
                // Back to the bracket that opens it.
                let mut depth = 0;
                loop {
                    match tokens[index].kind() {
                        TokenKind::Rpar | TokenKind::Rsqb | TokenKind::Rbrace => depth += 1,
                        TokenKind::Lpar | TokenKind::Lsqb | TokenKind::Lbrace => depth -= 1,
                        _ => {}
                    }
                    if depth == 0 {
                        break;
                    }
                    index = index.checked_sub(1)?;
                }
            }
            _ => {}
        }
        // What it is called, subscripted or an attribute of goes with it.
        match index.checked_sub(1).map(|i| tokens[i].kind()) {
            Some(TokenKind::Dot) if index >= 2 => index -= 2,
            Some(TokenKind::Identifier | TokenKind::Rpar | TokenKind::Rsqb)
                if matches!(tokens[index].kind(), TokenKind::Lpar | TokenKind::Lsqb) =>
            {
                index -= 1;
            }
            _ => return Some(tokens[index].start()),
        }
    }
}

/// Where the primary expression that `tokens` start with ends (`a.b(c)[d]`).
fn primary_end(tokens: &[&Token]) -> Option<TextSize> {
    let mut index = 0;
    let mut end = tokens.first()?.end();
    loop {
        match tokens.get(index + 1).map(|t| t.kind()) {
            Some(TokenKind::Dot) if tokens.get(index + 2).is_some() => {
                index += 2;
                end = tokens[index].end();
            }
            Some(TokenKind::Lpar | TokenKind::Lsqb) => {
                let mut depth = 0;
                index += 1;
                loop {
                    match tokens.get(index)?.kind() {
                        TokenKind::Lpar | TokenKind::Lsqb | TokenKind::Lbrace => depth += 1,
                        TokenKind::Rpar | TokenKind::Rsqb | TokenKind::Rbrace => depth -= 1,
                        _ => {}
                    }
                    if depth == 0 {
                        break;
                    }
                    index += 1;
                }
                end = tokens[index].end();
            }
            _ => return Some(end),
        }
    }
}

/// A name or a literal: a token that is a whole operand by itself.
fn is_atom(kind: TokenKind) -> bool {
    matches!(
        kind,
        TokenKind::Identifier
            | TokenKind::Int
            | TokenKind::Float
            | TokenKind::Complex
            | TokenKind::String
            | TokenKind::True
            | TokenKind::False
            | TokenKind::None
    )
}

/// CPython's SyntaxError for a `try` with no handler, where its parser
/// looked for one: at the token after the body's end (the body's own dedent
/// consumed), over it when it is a word or more, with no caret when it is a
/// further dedent (the `try` was nested) or the end of the program.
fn missing_handler(source: &str, at: TextSize, tokens: &[Token]) -> SyntaxError {
    const MESSAGE: &str = "expected 'except' or 'finally' block";
    let mut after = significant(tokens)
        .skip_while(|t| t.end() < at || t.start() < at && t.kind() != TokenKind::Dedent);
    let mut dedents = 0;
    let next = after.find(|t| {
        let dedent = t.kind() == TokenKind::Dedent;
        dedents += usize::from(dedent);
        !dedent
    });
    match next {
        Some(token) if dedents < 2 && token.kind() != TokenKind::EndOfFile => {
            SyntaxError::over(source, token.range(), MESSAGE)
        }
        _ => {
            // Where the parser stood: the line of the next token, or the last line.
            let place = next
                .filter(|t| t.kind() != TokenKind::EndOfFile)
                .map_or_else(
                    || source.trim_end().rfind('\n').map_or(0, |i| i + 1),
                    |t| usize::from(t.start()),
                );
            let mut error = SyntaxError::at(
                source,
                TextSize::try_from(place).unwrap_or_default(),
                MESSAGE,
            );
            error.end_column = 0;
            error
        }
    }
}
