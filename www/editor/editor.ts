// The editor's adapter: nothing else imports CodeMirror. A small set of
// extensions (not basicSetup) keeps the page light: line numbers, history,
// Python highlighting, bracket matching, the default keymap, and a mark for
// the line an error points at.
import { defaultKeymap, history, historyKeymap, indentWithTab } from "@codemirror/commands";
import { python } from "@codemirror/lang-python";
import {
  bracketMatching,
  defaultHighlightStyle,
  indentOnInput,
  syntaxHighlighting,
} from "@codemirror/language";
import { Annotation, EditorState, StateEffect, StateField } from "@codemirror/state";
import {
  Decoration,
  type DecorationSet,
  EditorView,
  highlightActiveLine,
  keymap,
  lineNumbers,
} from "@codemirror/view";

export interface Editor {
  readonly element: HTMLElement;
  value(): string;
  setValue(text: string): void;
  /** Marks line `line` (1-based) as where an error happened; null clears it. */
  markErrorLine(line: number | null): void;
  focus(): void;
}

const setErrorLine = StateEffect.define<number | null>();
const errorLineMark = Decoration.line({ class: "cm-error-line" });

const errorLine = StateField.define<DecorationSet>({
  create: () => Decoration.none,
  update(marks, transaction) {
    let next = marks.map(transaction.changes);
    for (const effect of transaction.effects) {
      if (!effect.is(setErrorLine)) continue;
      const line = effect.value;
      if (line === null || line < 1 || line > transaction.state.doc.lines) next = Decoration.none;
      else next = Decoration.set([errorLineMark.range(transaction.state.doc.line(line).from)]);
    }
    // Editing clears the mark: the error was about the old text.
    return transaction.docChanged ? Decoration.none : next;
  },
  provide: (field) => EditorView.decorations.from(field),
});

/**
 * Marks the text replaced by the page (a preset, a shared link): not an edit,
 * so it does not overwrite the program the user kept (Ctrl+Z brings theirs back).
 */
const replaced = Annotation.define<boolean>();

/** An editor holding `text`; `onRun` on Ctrl/Cmd+Enter, `onChange` on every edit. */
export function createEditor(text: string, onRun: () => void, onChange: (text: string) => void): Editor {
  const view = new EditorView({
    state: EditorState.create({
      doc: text,
      extensions: [
        lineNumbers(),
        history(),
        indentOnInput(),
        bracketMatching(),
        highlightActiveLine(),
        syntaxHighlighting(defaultHighlightStyle, { fallback: true }),
        python(),
        errorLine,
        keymap.of([
          { key: "Mod-Enter", run: () => (onRun(), true) },
          indentWithTab,
          ...defaultKeymap,
          ...historyKeymap,
        ]),
        EditorView.updateListener.of((update) => {
          const typed = update.transactions.some((t) => t.docChanged && !t.annotation(replaced));
          if (typed) onChange(update.state.doc.toString());
        }),
        EditorView.contentAttributes.of({ "aria-label": "Python program" }),
      ],
    }),
  });
  return {
    element: view.dom,
    value: () => view.state.doc.toString(),
    setValue(next) {
      view.dispatch({
        changes: { from: 0, to: view.state.doc.length, insert: next },
        annotations: replaced.of(true),
      });
    },
    markErrorLine(line) {
      view.dispatch({ effects: setErrorLine.of(line) });
    },
    focus: () => view.focus(),
  };
}
